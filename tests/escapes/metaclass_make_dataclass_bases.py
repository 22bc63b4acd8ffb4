# make_dataclass builds its class with a class statement in moat's own code
# (dataclasses.py `class _made(*bases)`), and moat's code may derive from
# `type`. A script that passes `type` among the bases, beside a mixin whose
# __init_subclass__ keeps what it receives (directly, through
# __mro_entries__, or stored on a class or metaclass of moat's), would be
# handed a metaclass of its own with script methods: every class made with
# it would then run script code on each class operation. In CPython this
# makes an ordinary metaclass. moat refuses `type` and metaclasses among
# make_dataclass's bases, and the VM grants a class statement of moat's the
# right to define a metaclass only over `type` and moat's metaclasses, and
# trusts a class it makes only when every base is built in or moat's.
import abc
import dataclasses
import string
import typing  # its own metaclasses made before the patches below

leak = []


class Mixin:
    def __init_subclass__(cls, **kw):
        leak.append(cls)

    def __call__(cls, *args, **kw):
        return 'script code ran as a metaclass __call__'


class Entries:
    def __mro_entries__(self, bases):
        return (Mixin, type)


class Flip:
    # Answers __mro_entries__ only the second time it is asked.
    asked = 0

    def __getattr__(self, name):
        if name != '__mro_entries__':
            raise AttributeError(name)
        Flip.asked += 1
        if Flip.asked == 1:
            raise AttributeError(name)
        return lambda bases: (Mixin, type)


string.Formatter.__init_subclass__ = classmethod(lambda cls, **kw: leak.append(cls))
abc.ABCMeta.__init_subclass__ = classmethod(lambda cls, **kw: leak.append(cls))
for bases in ((type,), (Mixin, type), (type, Mixin), (Entries(),), (Flip(),),
              (string.Formatter, type), (abc.ABCMeta,), (Mixin, abc.ABCMeta)):
    try:
        made = dataclasses.make_dataclass('M', [], bases=bases)
        print('made', type(made).__name__)
    except TypeError as e:
        print(e)
print([c for c in leak if issubclass(c, type)])
for cls in leak:
    try:
        class Evil(metaclass=cls):
            pass
        print('a metaclass of the script', Evil())
    except TypeError as e:
        print(e)
# A mixin over a dict is made, but never as a class of moat's own: the
# namespace a moat metaclass's __prepare__ may return stays moat's.
made = dataclasses.make_dataclass('D', [('x', int, dataclasses.field(default=1))],
                                  bases=(Mixin, dict))
print(made.__name__, made().x, [c for c in leak if issubclass(c, type)])
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: Flip() takes no arguments
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
# expect-output: []
# expect-output: D 1 []
