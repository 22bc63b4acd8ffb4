"""collections.abc: the container ABCs, defined in `_collections_abc` (which
`collections` uses without binding this submodule) and re-exported here, as
CPython's Lib/collections/abc.py does."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
