# dataclasses' bookkeeping: __dataclass_fields__ and Field objects (their
# default_factory, metadata mappingproxy, _field_type marker), the
# __dataclass_params__, a __post_init__ that inspects the class,
# replace() with dunder keywords and asdict() of a self-referencing value.
import dataclasses


@dataclasses.dataclass
class D:
    a: list = dataclasses.field(default_factory=list, metadata={'k': print})

    def __post_init__(self):
        try:
            type(self).__bases__
        except AttributeError as e:
            print('post_init', e)


d = D()
f = dataclasses.fields(D)[0]
attempts = [
    lambda: f.default_factory,
    lambda: f.default_factory.__self__,
    lambda: type(f.metadata).__name__,
    lambda: f.metadata.mapping if hasattr(f.metadata, 'mapping') else 'no mapping',
    lambda: f._field_type.__class__.__name__,
    lambda: D.__dataclass_params__.__class__.__name__,
    lambda: dataclasses.replace(d, __class__=int),
    lambda: dataclasses.asdict(D(a=[d])) if False else dataclasses.asdict(D(a=[1])),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = D()
loop.a.append(loop)
try:
    dataclasses.asdict(loop)
except RecursionError:
    print('RecursionError')
# expect-output: post_init '__bases__' is not available in the sandbox
# expect-output: gave <class 'list'>
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: gave mappingproxy
# expect-output: gave no mapping
# expect-output: gave _FIELD_BASE
# expect-output: gave _DataclassParams
# expect-output: TypeError D.__init__() got an unexpected keyword argument '__class__'
# expect-output: post_init '__bases__' is not available in the sandbox
# expect-output: gave {'a': [1]}
# expect-output: post_init '__bases__' is not available in the sandbox
# expect-output: RecursionError
