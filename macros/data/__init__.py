"""The data core: data/*.yml -> strict YAML reading -> models -> checks -> ``SiteData``.

Nothing here imports MkDocs: a plain script can load and check the data.
"""

from .errors import DataError, DataErrors
from .loader import load_site_data, read_all
from .registry import DATASETS, Dataset
from .site_data import NotOnThisSite, SiteData

__all__ = ["DATASETS", "DataError", "DataErrors", "Dataset", "NotOnThisSite", "SiteData", "load_site_data",
           "read_all"]
