# Which classes a match statement treats as mappings or sequences: the
# flag of the first class along the MRO that has one, and registering a
# class with collections.abc marks its existing subclasses too.
import collections, collections.abc
def kind(x):
    match x:
        case {}: return "map"
        case []: return "seq"
        case _: return None
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class M4(dict, collections.abc.Sequence, C): pass
print([kind(k()) for k in (M1, M3, S1, M4)])
class Parent: pass
class ChildPre(Parent): pass
class GrandPre(ChildPre): pass
collections.abc.Mapping.register(Parent)
class ChildPost(Parent): pass
print([kind(k()) for k in (Parent, ChildPre, GrandPre, ChildPost)])
class P2: pass
class Q2(P2): pass
collections.abc.Sequence.register(Q2)
collections.abc.Mapping.register(P2)
print(kind(P2()), kind(Q2()))
