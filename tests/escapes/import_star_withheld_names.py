# `from module import *` walks the module's __all__ (or its namespace): it
# must bind none of the names the module withholds (sys.modules,
# traceback.walk_tb, logging.FileHandler), and must not fail on them either,
# since a star import of logging is ordinary code.
from sys import *
from traceback import *
from logging import *
from json import *
print(exc_info.__name__, format_exc.__name__, StreamHandler.__name__, dumps.__name__)
try:
    modules
    print('modules bound')
except NameError as e:
    print(e)
try:
    _getframe
    print('_getframe bound')
except NameError as e:
    print(e)
try:
    settrace
    print('settrace bound')
except NameError as e:
    print(e)
try:
    walk_tb
    print('walk_tb bound')
except NameError as e:
    print(e)
try:
    clear_frames
    print('clear_frames bound')
except NameError as e:
    print(e)
try:
    FileHandler
    print('FileHandler bound')
except NameError as e:
    print(e)
try:
    __loader__
    print('__loader__ bound')
except NameError as e:
    print(e)
try:
    __spec__
    print('__spec__ bound')
except NameError as e:
    print(e)
# expect-output: exc_info format_exc StreamHandler dumps
# expect-output: name 'modules' is not defined
# expect-output: name '_getframe' is not defined
# expect-output: name 'settrace' is not defined
# expect-output: name 'walk_tb' is not defined
# expect-output: name 'clear_frames' is not defined
# expect-output: name 'FileHandler' is not defined
# expect-output: name '__loader__' is not available in the sandbox
# expect-output: name '__spec__' is not available in the sandbox
