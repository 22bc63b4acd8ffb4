# Import as a way out, in every spelling a pyjail payload uses: the import
# system and interpreter modules (importlib, builtins, __main__, gc, dis,
# ctypes, posix, _io, marshal, pickle, _codecs, code, _thread, _imp,
# zipimport, frozen test modules), dotted and from-imports of their parts,
# relative imports from the script, submodules of safe packages that would
# reach files or threads, and from-imports of withheld or internal names.
try:
    import importlib
    print('import importlib', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import builtins
    print('import builtins', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from builtins import eval
    print('from builtins import eval', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import __main__
    print('import __main__', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from __main__ import __builtins__
    print('from __main__ import __builtins__', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import gc
    print('import gc', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import dis
    print('import dis', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import ctypes
    print('import ctypes', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import posix
    print('import posix', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _io
    print('import _io', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import marshal
    print('import marshal', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pickle
    print('import pickle', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _codecs
    print('import _codecs', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import code
    print('import code', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pty
    print('import pty', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import signal
    print('import signal', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _thread
    print('import _thread', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _imp
    print('import _imp', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import zipimport
    print('import zipimport', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import os.path
    print('import os.path', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from os import system
    print('from os import system', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import json.tool
    print('import json.tool', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import logging.config
    print('import logging.config', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import unittest.mock
    print('import unittest.mock', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import unittest.main
    print('import unittest.main', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import collections.os
    print('import collections.os', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import sibling
    print('from . import sibling', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import x
    print('from .. import x', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import encodings.idna
    print('import encodings.idna', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import sys.monitoring
    print('import sys.monitoring', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import modules
    print('from sys import modules', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import *
    print('from sys import *', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from json import __builtins__
    print('from json import __builtins__', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    from random import _os
    print('from random import _os', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _weakrefset
    print('import _weakrefset', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
try:
    import __phello__
    print('import __phello__', 'imported')
except ImportError as e:
    print(type(e).__name__, e)
# expect-output: ImportError module 'importlib' is not available in the sandbox
# expect-output: ImportError module 'builtins' is not available in the sandbox
# expect-output: ImportError module 'builtins' is not available in the sandbox
# expect-output: ModuleNotFoundError No module named '__main__'
# expect-output: ModuleNotFoundError No module named '__main__'
# expect-output: ImportError module 'gc' is not available in the sandbox
# expect-output: ImportError module 'dis' is not available in the sandbox
# expect-output: ImportError module 'ctypes' is not available in the sandbox
# expect-output: ImportError module 'posix' is not available in the sandbox
# expect-output: ImportError module '_io' is not available in the sandbox
# expect-output: ImportError module 'marshal' is not available in the sandbox
# expect-output: ImportError module 'pickle' is not available in the sandbox
# expect-output: ImportError module '_codecs' is not available in the sandbox
# expect-output: ImportError module 'code' is not available in the sandbox
# expect-output: ImportError module 'pty' is not available in the sandbox
# expect-output: ImportError module 'signal' is not available in the sandbox
# expect-output: ImportError module '_thread' is not available in the sandbox
# expect-output: ImportError module '_imp' is not available in the sandbox
# expect-output: ImportError module 'zipimport' is not available in the sandbox
# expect-output: ImportError module 'os' is not available in the sandbox
# expect-output: ImportError module 'os' is not available in the sandbox
# expect-output: ModuleNotFoundError No module named 'json.tool'
# expect-output: ImportError module 'logging.config' is not available in the sandbox
# expect-output: ImportError module 'unittest.mock' is not available in the sandbox
# expect-output: ModuleNotFoundError No module named 'unittest.main'
# expect-output: ModuleNotFoundError No module named 'collections.os'
# expect-output: ImportError relative imports are not available in the sandbox
# expect-output: ImportError relative imports are not available in the sandbox
# expect-output: ImportError module 'encodings' is not available in the sandbox
# expect-output: ModuleNotFoundError No module named 'sys.monitoring'; 'sys' is not a package
# expect-output: ImportError cannot import name 'modules' from 'sys' ('sys.modules' is not available in the sandbox)
# expect-output: from sys import * imported
# expect-output: ImportError cannot import name '__builtins__' from 'json' (unknown location)
# expect-output: ImportError cannot import name '_os' from 'random' (unknown location)
# expect-output: ImportError module '_weakrefset' is not available in the sandbox
# expect-output: ModuleNotFoundError No module named '__phello__'
