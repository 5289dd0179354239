"""The MkDocs edge: one plugin for both sites (registered in pyproject.toml
as `playbook`) and the mkdocs-macros entry that registers the page macros.
The only package that imports MkDocs."""
