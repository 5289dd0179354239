"""The play book's build-time code.

data/*.yml --(yaml_source)--> plain data --(models, validation)--> typed
records --(loader)--> SiteData --(render/*)--> HTML from
overrides/partials/content/ --(plugin: define_env)--> pages in docs/.
"""

from .plugin import define_env

__all__ = ["define_env"]
