# A types.GenericAlias subclass's attributes come from its origin but for the
# alias's own names, methods included.
import types
class GF(types.GenericAlias):
    def helper(self):
        return 'helper'
    x = 5
g = GF(list, (int,))
for i in range(3):
    try:
        print(g.x)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        print(g.helper())
    except AttributeError as e:
        print('AttributeError', e)
    try:
        print(GF.helper(g), g.__origin__, g.__class__.__name__)
    except AttributeError as e:
        print('AttributeError', e)
class GH(types.GenericAlias):
    append = 5
    __slots__ = ()
h = GH(list, (int,))
for i in range(3):
    print(h.append is list.append, h.__origin__)
