import abc, dataclasses, enum
def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
class Half(Shape):
    def area(self): return 1
class Full(Half):
    def perimeter(self): return 2
show('abstract', lambda: Shape())
show('half', lambda: Half())
show('full', lambda: Full().area())
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @property
    def y(self): return 1
    @y.setter
    def y(self, v): self._y = v
p = P()
def set_x(): p.x = 5
def del_x(): del p.x
def del_y(): del p.y
show('property no setter', set_x)
show('property no deleter', del_x)
show('property y no deleter', del_y)
class WithSlots:
    __slots__ = ('a',)
ws = WithSlots()
show('slot unset', lambda: ws.a)
def set_b(): ws.b = 1
show('slot set other', set_b)
def del_a(): del ws.a
show('slot del unset', del_a)
show('slots conflict', lambda: type('x', (), {}) if False else exec_slots())
def exec_slots():
    class C:
        __slots__ = ('a',)
        a = 1
    return C
@dataclasses.dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
pt = Pt(1)
def set_pt(): pt.x = 5
def del_pt(): del pt.y
show('frozen set', set_pt)
show('frozen del', del_pt)
show('dc missing', lambda: Pt())
show('dc extra', lambda: Pt(1, 2, 3))
show('dc kw', lambda: Pt(1, z=3))
show('dc repr', lambda: Pt(3, 4))
show('dc eq', lambda: Pt(1) == Pt(1, 0))
show('dc order', lambda: Pt(1) < Pt(2))
def bad_default():
    @dataclasses.dataclass
    class B:
        items: list = []
show('dc mutable default', bad_default)
def bad_order():
    @dataclasses.dataclass
    class B:
        a: int = 1
        b: int
show('dc order fields', bad_order)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
show('enum bad value', lambda: Color(3))
show('enum bad name', lambda: Color['BLUE'])
def enum_set(): Color.RED = 5
show('enum reassign', enum_set)
def enum_del(): del Color.RED
show('enum del', enum_del)
show('enum attr', lambda: Color.RED.nope)
show('enum lt', lambda: Color.RED < Color.GREEN)
def enum_sub():
    class More(Color):
        BLUE = 3
show('enum extend', enum_sub)
show('type call', lambda: type())
show('type 2 args', lambda: type(1, 2))
show('int subclass bad', lambda: [c for c in [bool]] and make_bool_sub())
def make_bool_sub():
    class B(bool): pass
show('final base', lambda: make_bool_sub())
def dup_base():
    class A: pass
    class B(A, A): pass
show('dup base', dup_base)
def mro_conflict():
    class A: pass
    class B(A): pass
    class C(A, B): pass
show('mro conflict', mro_conflict)
def layout():
    class C(int, str): pass
show('layout', layout)
show('object attr set', lambda: setattr(object(), 'x', 1))
show('int attr set', lambda: setattr(5, 'x', 1))
show('builtin type set', lambda: setattr(int, 'x', 1))
show('list attr', lambda: [].nope)
show('classattr missing', lambda: P.nope)
show('getattr default', lambda: getattr(P, 'nope', 'dflt'))
show('getattr non-str', lambda: getattr(P, 5))
show('hasattr non-str', lambda: hasattr(P, 5))
show('setattr non-str', lambda: setattr(p, 5, 1))
show('delattr missing', lambda: delattr(p, 'nope'))
show('isinstance bad', lambda: isinstance(1, 5))
show('issubclass bad', lambda: issubclass(1, int))
show('issubclass bad2', lambda: issubclass(int, (int, 5)))
show('isinstance tuple', lambda: isinstance(1, (str, (int, float))))
