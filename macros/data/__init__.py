"""The data core: data/*.yml -> strict YAML reading -> models -> checks -> ``SiteData``.

Nothing here imports MkDocs: a plain script can load and check the data.
"""

from .errors import DataError, DataErrors
from .loader import DATASETS, OPTIONAL_DATASETS, load_site_data, read_all
from .site_data import SiteData

__all__ = ["DATASETS", "OPTIONAL_DATASETS", "DataError", "DataErrors", "SiteData", "load_site_data", "read_all"]
