# object.__new__(T) and T.__new__(T) make an instance without running
# __init__: for a C type CPython refuses most ("object.__new__(X) is not
# safe"), but moat's Python stand-ins for C types (Struct, StringIO,
# Decimal, timedelta, HMAC, JSONEncoder, the event loop...) and its native
# types (deque, Pattern, HASH...) may be half-built that way. Every method
# of such an empty instance is then called with a few argument shapes: a
# native that trusted its __init__ to have run would read unset fields.
# Each must refuse the construction or raise an ordinary error.
import re, hashlib, hmac, collections, itertools, functools, array, struct, io, json, datetime, decimal, fractions, random, weakref, operator, difflib, csv, asyncio, logging, types, enum, string
m = re.match('a', 'a')
objs = [re.compile('a'), m, hashlib.sha256(), hashlib.shake_128(), hashlib.blake2b(), hmac.new(b'k', digestmod='sha256'), collections.deque(), iter(m.re.finditer('a')), re.compile('a').scanner('a'),
        struct.Struct('i'), io.StringIO(), io.BytesIO(), itertools.count(), functools.partial(int), array.array('i'), operator.itemgetter(1), decimal.Decimal(1), decimal.Context(),
        datetime.timezone.utc, datetime.timedelta(1), datetime.time(1), datetime.date(2020,1,1), types.SimpleNamespace(), collections.OrderedDict(), collections.defaultdict(),
        itertools.groupby([]), itertools.tee([])[0], functools.lru_cache(None)(int), json.JSONEncoder(), json.JSONDecoder(), string.Formatter(), logging.getLogger('x'), asyncio.new_event_loop(), weakref.ref(int)]
for o in objs:
    T = type(o)
    for how, call in (('object', lambda: object.__new__(T)), ('T.__new__', lambda: T.__new__(T))):
        try:
            x = call()
        except Exception as e:
            print(T.__name__, how, 'refused', type(e).__name__)
            continue
        res = []
        for name in dir(x):
            if name.startswith('__') and name not in ('__repr__', '__len__', '__iter__', '__next__', '__hash__', '__str__', '__bool__', '__copy__', '__reduce__', '__getstate__', '__sizeof__'):
                continue
            try:
                attr = getattr(x, name)
            except Exception as e:
                continue
            if callable(attr):
                for args in ((), (1,), ('a',), (b'a',)):
                    try:
                        attr(*args)
                    except BaseException as e:
                        pass
        print(T.__name__, how, 'made, survived')
# expect-output: Pattern object refused TypeError
# expect-output: Pattern T.__new__ refused TypeError
# expect-output: Match object refused TypeError
# expect-output: Match T.__new__ refused TypeError
# expect-output: HASH object refused TypeError
# expect-output: HASH T.__new__ refused TypeError
# expect-output: HASHXOF object refused TypeError
# expect-output: HASHXOF T.__new__ refused TypeError
# expect-output: blake2b object refused TypeError
# expect-output: blake2b T.__new__ refused TypeError
# expect-output: HMAC object made, survived
# expect-output: HMAC T.__new__ made, survived
# expect-output: deque object refused TypeError
# expect-output: deque T.__new__ made, survived
# expect-output: callable_iterator object refused TypeError
# expect-output: callable_iterator T.__new__ refused TypeError
# expect-output: SRE_Scanner object refused TypeError
# expect-output: SRE_Scanner T.__new__ refused TypeError
# expect-output: Struct object refused TypeError
# expect-output: Struct T.__new__ refused TypeError
# expect-output: StringIO object refused TypeError
# expect-output: StringIO T.__new__ refused TypeError
# expect-output: BytesIO object refused TypeError
# expect-output: BytesIO T.__new__ refused TypeError
# expect-output: count object refused TypeError
# expect-output: count T.__new__ made, survived
# expect-output: partial object refused TypeError
# expect-output: partial T.__new__ refused TypeError
# expect-output: array object refused TypeError
# expect-output: array T.__new__ refused TypeError
# expect-output: itemgetter object refused TypeError
# expect-output: itemgetter T.__new__ refused TypeError
# expect-output: Decimal object refused TypeError
# expect-output: Decimal T.__new__ made, survived
# expect-output: Context object refused TypeError
# expect-output: Context T.__new__ refused TypeError
# expect-output: timezone object refused TypeError
# expect-output: timezone T.__new__ refused TypeError
# expect-output: timedelta object refused TypeError
# expect-output: timedelta T.__new__ made, survived
# expect-output: time object refused TypeError
# expect-output: time T.__new__ made, survived
# expect-output: date object refused TypeError
# expect-output: date T.__new__ refused TypeError
# expect-output: SimpleNamespace object refused TypeError
# expect-output: SimpleNamespace T.__new__ refused TypeError
# expect-output: OrderedDict object refused TypeError
# expect-output: OrderedDict T.__new__ made, survived
# expect-output: defaultdict object refused TypeError
# expect-output: defaultdict T.__new__ made, survived
# expect-output: groupby object refused TypeError
# expect-output: groupby T.__new__ refused TypeError
# expect-output: _tee object refused TypeError
# expect-output: _tee T.__new__ refused TypeError
# expect-output: _lru_cache_wrapper object refused TypeError
# expect-output: _lru_cache_wrapper T.__new__ refused TypeError
# expect-output: JSONEncoder object made, survived
# expect-output: JSONEncoder T.__new__ made, survived
# expect-output: JSONDecoder object made, survived
# expect-output: JSONDecoder T.__new__ made, survived
# expect-output: Formatter object made, survived
# expect-output: Formatter T.__new__ made, survived
# expect-output: Logger object made, survived
# expect-output: Logger T.__new__ made, survived
# expect-output: _UnixSelectorEventLoop object made, survived
# expect-output: _UnixSelectorEventLoop T.__new__ made, survived
# expect-output: ReferenceType object refused TypeError
# expect-output: ReferenceType T.__new__ refused TypeError
