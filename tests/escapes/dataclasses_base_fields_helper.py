# dataclasses' native _base_fields reads __dataclass_fields__ and
# __dataclass_params__ along a class's MRO (which moat withholds): it must
# take only a class statement's class, hand out the values the bases'
# namespaces hold and never a class from the MRO, and run no descriptor's
# __get__ (which would receive an MRO class as its owner).
import dataclasses
import enum

seen_owners = []


class Spy:
    def __get__(self, obj, owner):
        seen_owners.append(owner)
        return {}


class Hidden:
    __dataclass_fields__ = Spy()
    __dataclass_params__ = Spy()


class Visible(Hidden):
    pass


def attempt(label, action):
    try:
        print(label, 'ran:', action())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('builtin', lambda: dataclasses._base_fields(int))
attempt('instance', lambda: dataclasses._base_fields(Visible()))
attempt('metaclass', lambda: dataclasses._base_fields(enum.EnumType))
entries = dataclasses._base_fields(Visible)
print(len(entries), [type(v).__name__ for pair in entries for v in pair], seen_owners)


class NoParams:
    __dataclass_fields__ = {}


class Child(NoParams):
    pass


attempt('no params', lambda: dataclasses._base_fields(Child))
print(dataclasses._base_fields(enum.IntEnum))
# expect-output: builtin TypeError _base_fields() argument 1 must be a class statement's class, not type
# expect-output: instance TypeError _base_fields() argument 1 must be a class statement's class, not Visible
# expect-output: metaclass ran: []
# expect-output: 1 ['Spy', 'Spy'] []
# expect-output: no params AttributeError type object 'NoParams' has no attribute '__dataclass_params__'
# expect-output: []
