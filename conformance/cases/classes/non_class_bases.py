# A class statement whose first base is not a class takes that base's type as
# its metaclass: the body runs, then type(base)(name, bases, namespace) is
# called and fails (or succeeds) as that call does.
import abc

def attempt(label, make):
    try:
        result = make()
        print(label, 'made', result)
    except TypeError as e:
        print(label, 'TypeError', e)

def int_base():
    class C(5):
        print('body of C runs first')
    return C

def len_base():
    class C(len):
        pass
    return C

def str_base():
    class C('text'):
        pass
    return C

def none_base():
    class C(None):
        pass
    return C

def list_base():
    class C([1, 2]):
        pass
    return C

def tuple_base():
    class C(()):
        pass
    return C

def method_base():
    class C([].append):
        pass
    return C

def range_base():
    class C(range(3)):
        pass
    return C

def slice_base():
    class C(slice(1)):
        x = 1
    return C

def conflict_type_first():
    class C(int, 5):
        pass
    return C

def conflict_value_first():
    class C(5, int):
        pass
    return C

def conflict_explicit_meta():
    class C(5, metaclass=abc.ABCMeta):
        pass
    return C

class Recorder:
    # Calling the class with (name, bases, namespace) makes an instance.
    def __init__(self, name, bases, namespace):
        self.name = name
        self.bases = bases
        self.keys = sorted(namespace)

    def __repr__(self):
        return 'Recorder(%r, %d bases, %r)' % (self.name, len(self.bases), self.keys)

class Prepared:
    @staticmethod
    def __prepare__(name, bases):
        print('prepare', name, len(bases))
        return {'seeded': True}

    def __init__(self, name, bases, namespace):
        self.namespace = namespace

    def __repr__(self):
        return 'Prepared(%r)' % (sorted(self.namespace.items()),)

def instance_base():
    class Made(Recorder('seed', (), {})):
        def method(self):
            pass
        value = 3
    return Made

def prepared_base():
    class Made(Prepared.__new__(Prepared)):
        x = 1
    return Made

for label, make in [('int', int_base), ('len', len_base), ('str', str_base),
                    ('None', none_base), ('list', list_base), ('tuple', tuple_base),
                    ('method', method_base), ('range', range_base), ('slice', slice_base),
                    ('int, 5', conflict_type_first), ('5, int', conflict_value_first),
                    ('5 with ABCMeta', conflict_explicit_meta),
                    ('instance', instance_base), ('prepared', prepared_base)]:
    attempt(label, make)
