# enum's corners with their exception contexts: the body namespace's update(),
# enum.property and member lookup through the class, _missing_'s errors, auto()
# in tuples, flag boundaries and inversion, unique and verify.
import enum
import warnings
from enum import Enum, EnumType, Flag, IntFlag, auto

warnings.simplefilter('error')


def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e, '| ctx', type(e.__context__).__name__,
              '| sup', e.__suppress_context__)

d = EnumType.__prepare__('X', (Enum,))
t('upd1', lambda: d.update({'A': 1}, B=2))
t('upd2', lambda: d.update([('C', 3)], D=auto()))
t('upd3', lambda: d.update([('A', 5)]))
t('upd4', lambda: d.update(5))
t('names', lambda: list(d._member_names))
X = EnumType('X', (Enum,), d)
t('X', lambda: list(X))

class P(Enum):
    A = 1
    @enum.property
    def doubled(self):
        return self._value_ * 2
    @enum.property
    def ro(self):
        return 1
    @ro.setter
    def ro(self, v):
        print('set', v)

t('pd', lambda: P.A.doubled)
t('pd_cls', lambda: P.doubled)
t('set_ro', lambda: setattr(P.A, 'ro', 5))
t('set_d', lambda: setattr(P.A, 'doubled', 5))
t('del_d', lambda: delattr(P.A, 'doubled'))
t('name_set', lambda: setattr(P.A, 'name', 'x'))
t('value_del', lambda: delattr(P.A, 'value'))
t('getattr_missing', lambda: P.nothere)
t('getitem', lambda: P['B'])
t('delmember', lambda: delattr(P, 'A'))
t('delother', lambda: delattr(P, 'zz'))
t('call_bad', lambda: P(9))

class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 2:
            return 'nope'
        if value == 3:
            raise KeyError('k')
        if value == 4:
            raise ValueError('v')
t('m2', lambda: M(2))
t('m3', lambda: M(3))
t('m4', lambda: M(4))
t('m5', lambda: M(5))
t('m_unhash', lambda: M([1]))
class U(Enum):
    L = [1]
t('u', lambda: U([1]))
t('gnv_sort', lambda: (lambda lv: (Enum._generate_next_value_('a', 1, 2, lv), lv))([3, 1, 2]))
t('gnv_sorted', lambda: (lambda lv: (Enum._generate_next_value_('a', 1, 2, lv), lv))([1, 2, 3]))
t('auto_tuple', lambda: [m.value for m in Enum('T', [('A', (auto(), 'x')),
                                                     ('B', (auto(), auto()))])])
class T(Enum):
    A = (auto(), 'x')
    B = (auto(), auto())
    C = [auto()]
t('auto_tuple_body', lambda: [repr(m.value) for m in T])
class F(Flag, boundary=enum.STRICT):
    A = 1
    B = 4
t('strict', lambda: F(2))
t('strict_neg', lambda: F(-9))
class K(IntFlag):
    A = 1
    B = 2
t('keep', lambda: [repr(K(v)) for v in (-1, -4, 8, 11, 0, 3)])
t('keep_inv', lambda: [repr(~K(v)) for v in (0, 1, 3, 8)])
t('conform', lambda: [repr(Flag('C', 'A B')(v)) for v in (-1, 7, 4)])
class E(Flag, boundary=enum.EJECT):
    A = 1
t('eject', lambda: [repr(E(v)) for v in (1, 2, -1, 0)])
t('order', lambda: Enum('O', 'A B')._member_names_)
t('unique', lambda: enum.unique(Enum('Q', [('A', 1), ('B', 1), ('C', 2), ('D', 2)])))
t('verify_cont', lambda: enum.verify(enum.CONTINUOUS)(Enum('V', [('A', 1), ('B', 5)])))
t('verify_flag', lambda: enum.verify(enum.CONTINUOUS)(Flag('V', [('A', 1), ('B', 16)])))
class NF(Flag):
    A = 1
    B = 2
    AB = 3
    ABX = 15
    X2 = 24
t('named_flags', lambda: enum.verify(enum.NAMED_FLAGS)(NF))
