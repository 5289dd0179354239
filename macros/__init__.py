"""The play book's build-time code. The flow, one package per step:

    data/*.yml -> macros.data (YAML reading, models, checks, loader: SiteData)
               -> macros.render (renderers and their templates: HTML)
               -> macros.site (what each audience gets: generated pages, feeds, exports)
               -> macros.plugin (the MkDocs edge) -> pages in docs/ and docs-public/
    macros.pages (page front matter and body checks), macros.cli (the commands),
    macros.editor_docs (schemas and the field reference).

Only ``define_env`` lives here (mkdocs-macros loads this package by name);
it imports the plugin when called, so importing ``macros.data`` or running
``make check`` never loads MkDocs.
"""


def define_env(env) -> None:
    from .plugin.macros_env import define_env as register_macros

    register_macros(env)
