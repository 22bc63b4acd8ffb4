# moat policy: a submodule of a refused module is refused, naming the
# top-level module.
try:
    import os.path
except ImportError as e:
    print(type(e).__name__, e)
try:
    import os.path as osp
except ImportError as e:
    print(type(e).__name__, e)
try:
    from os import path
except ImportError as e:
    print(type(e).__name__, e)
try:
    from os.path import join
except ImportError as e:
    print(type(e).__name__, e)
