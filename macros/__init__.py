"""The play book's build-time code. The flow, one package per step:

    data/*.yml -> macros.data (registry, YAML reading, models, checks, loader: SiteData)
               -> macros.analysis (SPC, delivery progress, projects' scores)
               -> macros.pages (written pages: front matter, owners, links)
               -> macros.render (renderers and their templates: HTML)
               -> macros.site (what each audience gets: generated pages, feeds, exports)
               -> macros.editor_docs (schemas and the field reference)
               -> macros.plugin (the MkDocs edge) -> pages in docs/ and docs-public/
               -> macros.cli (the commands behind the Makefile)
    macros.addresses and macros.dates, used by all, import none of them.

Only ``define_env`` lives here (mkdocs-macros loads this package by name);
it imports the plugin when called, so importing ``macros.data`` or running
``make check`` never loads MkDocs.
"""


def define_env(env) -> None:
    from .plugin.macros_env import define_env as register_macros

    register_macros(env)
