# `from a import b` imports the submodule a.b when a has no attribute b.
from collections import abc
print(abc.__name__)
import collections
print(collections.abc is abc)
from collections import abc as again, OrderedDict
print(again is abc, OrderedDict.__name__)
