# Exceptions as carriers: ExceptionGroup.split/subgroup with a predicate,
# derive() overridden to return a non-group, __notes__, the args of a
# StopIteration escaping a generator, __reduce__/__setstate__ of an
# exception, with_traceback(non-traceback), and exceptions whose __str__
# or __repr__ raise while the traceback printer reports them.
class Sneaky(ExceptionGroup):
    def derive(self, excs):
        return excs


eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
attempts = [
    lambda: eg.split(lambda e: e.__traceback__ is None),
    lambda: eg.subgroup(lambda e: isinstance(e, ValueError)).exceptions,
    lambda: Sneaky('s', [ValueError(1), KeyError(2)]).split(ValueError),
    lambda: (lambda e: (e.add_note('n'), e.__notes__)[1])(ValueError('x')),
    lambda: ValueError(1).__reduce__(),
    lambda: ValueError(1).__setstate__({'__traceback__': 1}),
    lambda: ValueError(1).with_traceback(print),
    lambda: KeyError(1).__traceback__.tb_frame,
]
for attack in attempts:
    try:
        print('gave', attack())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')

    def __repr__(self):
        return self.__repr__()


raise BadStr()
# expect-output: gave (ExceptionGroup('g', [ValueError(1), TypeError(2)]), None)
# expect-output: gave (ValueError(1),)
# expect-output: TypeError derive must return an instance of BaseExceptionGroup
# expect-output: gave ['n']
# expect-output: gave (<class 'ValueError'>, (1,))
# expect-output: TypeError __traceback__ must be a traceback or None
# expect-output: TypeError __traceback__ must be a traceback or None
# expect-output: AttributeError 'NoneType' object has no attribute 'tb_frame'
# expect: BadStr: <exception str() failed>
