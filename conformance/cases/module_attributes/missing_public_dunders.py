# A module without __all__ or __version__ lacks them as in CPython: the
# ordinary "has no attribute" error, hasattr False, getattr's default.
import math
import string
import json


for m in (math, string, json):
    for name in ('__all__', '__version__'):
        try:
            value = getattr(m, name)
            print(m.__name__, name, type(value).__name__)
        except AttributeError as e:
            print(m.__name__, name, 'AttributeError:', e)
        print(' hasattr', hasattr(m, name), 'default', getattr(m, name, 'dflt') == 'dflt')
try:
    math.__all__
except AttributeError as e:
    print(type(e).__name__, e)
