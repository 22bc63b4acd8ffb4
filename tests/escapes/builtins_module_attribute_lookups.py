# Imported modules as a way to the builtins, the import system and other
# modules: the names a CPython module carries (__builtins__, __loader__,
# __spec__, __file__, __dict__) and the modules its own source imports
# (collections._sys, typing.sys, dataclasses.sys, enum.sys, logging.sys,
# warnings.sys, string._re, json.decoder.re, ...). Each must be refused or
# absent (__loader__ and __spec__ are None: no import system loaded them).
import collections, typing, dataclasses, enum, logging, warnings, string, json
import functools, random, re, unittest.case, copy, pprint, traceback, io, abc
attempts = [
    (json, '__builtins__'), (random, '__spec__'), (re, '__loader__'), (copy, '__file__'),
    (functools, '__dict__'), (collections, '_sys'), (typing, 'sys'), (dataclasses, 'sys'),
    (enum, 'sys'), (logging, 'sys'), (logging, 'os'), (logging, 'threading'), (warnings, 'sys'),
    (unittest.case, 'sys'), (string, '_re'), (pprint, '_sys'), (traceback, 'sys'),
    (io, 'abc'), (abc, '_abc'), (random, '_os'), (random, '_urandom'), (dataclasses, 'inspect'),
    (typing, 'functools'), (functools, 'GenericAlias'), (logging, 'traceback'),
    (collections, '_collections_abc'), (enum, 'bltns'),
]
for module, name in attempts:
    try:
        v = getattr(module, name)
        print(module.__name__ + '.' + name, 'is', type(v).__name__, getattr(v, '__name__', ''))
    except AttributeError as e:
        print(module.__name__ + '.' + name, 'refused:', e)
# expect-output: json.__builtins__ refused: '__builtins__' is not available in the sandbox
# expect-output: random.__spec__ is NoneType 
# expect-output: re.__loader__ is NoneType 
# expect-output: copy.__file__ refused: '__file__' is not available in the sandbox
# expect-output: functools.__dict__ refused: '__dict__' is not available in the sandbox
# expect-output: collections._sys refused: module 'collections' has no attribute '_sys'
# expect-output: typing.sys refused: module 'typing' has no attribute 'sys'
# expect-output: dataclasses.sys refused: module 'dataclasses' has no attribute 'sys'
# expect-output: enum.sys refused: module 'enum' has no attribute 'sys'
# expect-output: logging.sys is module sys
# expect-output: logging.os refused: module 'logging' has no attribute 'os'
# expect-output: logging.threading refused: module 'logging' has no attribute 'threading'
# expect-output: warnings.sys refused: module 'warnings' has no attribute 'sys'
# expect-output: unittest.case.sys is module sys
# expect-output: string._re is module re
# expect-output: pprint._sys refused: module 'pprint' has no attribute '_sys'
# expect-output: traceback.sys refused: module 'traceback' has no attribute 'sys'
# expect-output: io.abc refused: module 'io' has no attribute 'abc'
# expect-output: abc._abc refused: module 'abc' has no attribute '_abc'
# expect-output: random._os refused: module 'random' has no attribute '_os'
# expect-output: random._urandom refused: module 'random' has no attribute '_urandom'
# expect-output: dataclasses.inspect refused: module 'dataclasses' has no attribute 'inspect'
# expect-output: typing.functools refused: module 'typing' has no attribute 'functools'
# expect-output: functools.GenericAlias refused: module 'functools' has no attribute 'GenericAlias'
# expect-output: logging.traceback is module traceback
# expect-output: collections._collections_abc is module collections.abc
# expect-output: enum.bltns refused: module 'enum' has no attribute 'bltns'
