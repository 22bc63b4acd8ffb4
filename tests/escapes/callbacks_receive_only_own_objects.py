# Every callback moat's modules make into script code, printing the type
# (and module) of each argument it receives: sort keys, re.sub
# replacements, json hooks and encoder/decoder subclasses, copy hooks and
# __reduce_ex__ makers, total_ordering, heapq, itertools, functools, csv,
# logging filters/handlers/record factories, pprint, textwrap, difflib,
# bisect, defaultdict, __missing__, enum and dataclass hooks. Each must
# receive the script's own objects and plain values, exactly what CPython
# passes: never a namespace, module internal, frame or helper object.
# expect-output: sortkey int builtins
# expect-output: sorted OK list
# expect-output: minkey int builtins
# expect-output: min OK int
# expect-output: maxkey int builtins
# expect-output: max OK int
# expect-output: resub Match re
# expect-output: resub Pattern re
# expect-output: resub str builtins
# expect-output: resub OK str
# expect-output: resubg tuple builtins
# expect-output: resubg int builtins
# expect-output: resub_groups OK str
# expect-output: pf str builtins
# expect-output: pi str builtins
# expect-output: oph list builtins
# expect-output: json_oh OK dict
# expect-output: default object builtins
# expect-output: json_default OK str
# expect-output: encode list builtins
# expect-output: iterenc list builtins
# expect-output: iterenc bool builtins
# expect-output: encdefault Enc __main__
# expect-output: encdefault object builtins
# expect-output: json_cls OK str
# expect-output: decode str builtins
# expect-output: raw_decode str builtins
# expect-output: raw_decode int builtins
# expect-output: json_dcls OK list
# expect-output: json_scan OK dict
# expect-output: copy OK CP
# expect-output: deepcopy dict builtins
# expect-output: deepcopy OK list
# expect-output: ctor int builtins
# expect-output: setstate dict builtins
# expect-output: append int builtins
# expect-output: setitem int builtins
# expect-output: deepcopy_red OK R
# expect-output: tolt TO __main__
# expect-output: total OK bool
# expect-output: heaplt HL __main__
# expect-output: heapify OK NoneType
# expect-output: nskey int builtins
# expect-output: nsmallest OK list
# expect-output: mergekey int builtins
# expect-output: merge OK list
# expect-output: gbkey str builtins
# expect-output: groupby OK list
# expect-output: acc int builtins
# expect-output: accumulate OK list
# expect-output: starmap int builtins
# expect-output: starmap OK list
# expect-output: ff int builtins
# expect-output: filterfalse OK list
# expect-output: dw int builtins
# expect-output: dropwhile OK list
# expect-output: reduce int builtins
# expect-output: reduce OK int
# expect-output: cmp int builtins
# expect-output: cmp_to_key OK list
# expect-output: lru int builtins
# expect-output: lru OK int
# expect-output: partial int builtins
# expect-output: partial dict builtins
# expect-output: partial OK NoneType
# expect-output: cachedprop CPp __main__
# expect-output: cached OK int
# expect-output: csv OK list
# expect-output: rowiter RowIt __main__
# expect-output: csv_w OK int
# expect-output: csv_dw OK int
# expect-output: filter LogRecord logging
# expect-output: filter str builtins
# expect-output: filter tuple builtins
# expect-output: filter int builtins
# expect-output: filter NoneType builtins
# expect-output: filter float builtins
# expect-output: emit LogRecord logging
# expect-output: format str builtins
# expect-output: log OK NoneType
# expect-output: logexc OK NoneType
# expect-output: logfn OK NoneType
# expect-output: setLogRecordFactory OK NoneType
# expect-output: factory str builtins
# expect-output: factory int builtins
# expect-output: factory tuple builtins
# expect-output: factory NoneType builtins
# expect-output: log2 OK NoneType
# expect-output: pprepr HR __main__
# expect-output: pprint OK str
# expect-output: ppformat dict builtins
# expect-output: ppformat NoneType builtins
# expect-output: ppformat int builtins
# expect-output: ppformat str builtins
# expect-output: ppformat list builtins
# expect-output: pp OK str
# expect-output: ssexpand int builtins
# expect-output: textwrap OK list
# expect-output: textwrap2 OK str
# expect-output: difflib OK list
# expect-output: junk str builtins
# expect-output: difflib2 OK float
# expect-output: bisectkey int builtins
# expect-output: bisect OK int
# expect-output: defaultdict OK NoneType
# expect-output: missing str builtins
# expect-output: fmtmap OK str
# expect-output: _missing_ EnumType enum
# expect-output: _missing_ int builtins
# expect-output: em ValueError 5 is not a valid EM
# expect-output: gnv str builtins
# expect-output: gnv int builtins
# expect-output: gnv list builtins
# expect-output: eg OK list
# expect-output: dcfactory OK Q
# expect-output: dictfactory list builtins
# expect-output: dc_asdict OK dict
# expect-output: tmpl OK str
# expect-output: sortedcmp OK list
# expect-output: attrget OK int
# expect-output: chain TypeError 'NoneType' object is not iterable
# expect-output: filter OK list
# expect-output: map int builtins
# expect-output: map OK list
# expect-output: zip OK list
# expect-output: iter_sentinel OK list
import re, json, copy, functools, heapq, itertools, csv, logging, pprint, textwrap, difflib, io, operator, collections, bisect, string, enum, dataclasses
seen = set()
def rec(where, *xs):
    for x in xs:
        k = (where, type(x).__name__, getattr(type(x), '__module__', '?'))
        if k not in seen:
            seen.add(k); print(*k)
def t(label, f):
    try:
        r = f()
        print(label, 'OK', type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__, e)
t('sorted', lambda: sorted([3,1,2], key=lambda x: rec('sortkey', x) or x))
t('min', lambda: min([3,1], key=lambda x: rec('minkey', x) or x))
t('max', lambda: max([3,1], key=lambda x: rec('maxkey', x) or x, default=0))
t('resub', lambda: re.sub('a', lambda m: rec('resub', m, m.re, m.string) or 'b', 'aa'))
t('resub_groups', lambda: re.sub('(a)', lambda m: rec('resubg', m.regs, m.pos, m.lastindex) or '', 'a'))
t('json_oh', lambda: json.loads('{"a":[1.5,2,{"b":null}]}', object_hook=lambda d: rec('oh', d) or d, parse_float=lambda s: rec('pf', s) or 1, parse_int=lambda s: rec('pi', s) or 1, parse_constant=lambda s: rec('pc', s), object_pairs_hook=lambda p: rec('oph', p) or dict(p)))
t('json_default', lambda: json.dumps({'a': object()}, default=lambda o: rec('default', o) or 'x'))
class Enc(json.JSONEncoder):
    def default(self, o):
        rec('encdefault', self, o); return 1
    def iterencode(self, o, _one_shot=False):
        rec('iterenc', o, _one_shot); return super().iterencode(o, _one_shot)
    def encode(self, o):
        rec('encode', o); return super().encode(o)
t('json_cls', lambda: json.dumps([object()], cls=Enc, indent=1))
class Dec(json.JSONDecoder):
    def decode(self, s, *a):
        rec('decode', s, *a); return super().decode(s, *a)
    def raw_decode(self, s, idx=0):
        rec('raw_decode', s, idx); return super().raw_decode(s, idx)
t('json_dcls', lambda: json.loads('[1]', cls=Dec))
t('json_scan', lambda: vars(json.JSONDecoder()))
class CP:
    def __copy__(self): rec('copy'); return self
    def __deepcopy__(self, memo): rec('deepcopy', memo); return self
    def __reduce_ex__(self, p): rec('reduce_ex', p); return (CP, ())
t('copy', lambda: copy.copy(CP()))
t('deepcopy', lambda: copy.deepcopy([CP()]))
class R:
    def __reduce_ex__(self, p): return (lambda *a: rec('ctor', *a) or R(), (1,), {'s': 1}, iter([1]), iter([(1, 2)]))
    def __setstate__(self, s): rec('setstate', s)
    def append(self, x): rec('append', x)
    def extend(self, x): rec('extend', x)
    def __setitem__(self, k, v): rec('setitem', k, v)
t('deepcopy_red', lambda: copy.deepcopy(R()))
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __lt__(self, o): rec('tolt', self, o); return self.v < o.v
    def __eq__(self, o): return self.v == o.v
t('total', lambda: TO(1) >= TO(2))
class HL:
    def __init__(self, v): self.v = v
    def __lt__(self, o): rec('heaplt', o); return self.v < o.v
h = [HL(3), HL(1), HL(2)]
t('heapify', lambda: heapq.heapify(h))
t('nsmallest', lambda: heapq.nsmallest(2, [3,1,2], key=lambda x: rec('nskey', x) or x))
t('merge', lambda: list(heapq.merge([1,3],[2], key=lambda x: rec('mergekey', x) or x)))
t('groupby', lambda: [list(g) for k, g in itertools.groupby('aab', key=lambda x: rec('gbkey', x) or x)])
t('accumulate', lambda: list(itertools.accumulate([1,2,3], lambda a, b: rec('acc', a, b) or a+b)))
t('starmap', lambda: list(itertools.starmap(lambda *a: rec('starmap', *a), [(1,)])))
t('filterfalse', lambda: list(itertools.filterfalse(lambda x: rec('ff', x), [1])))
t('dropwhile', lambda: list(itertools.dropwhile(lambda x: rec('dw', x), [1])))
t('reduce', lambda: functools.reduce(lambda a, b: rec('reduce', a, b) or a, [1,2]))
t('cmp_to_key', lambda: sorted([2,1], key=functools.cmp_to_key(lambda a, b: rec('cmp', a, b) or a-b)))
t('lru', lambda: functools.lru_cache()(lambda x: rec('lru', x) or x)(1))
t('partial', lambda: functools.partial(lambda *a, **k: rec('partial', *a, k))(1))
class CPp:
    @functools.cached_property
    def x(self): rec('cachedprop', self); return 1
t('cached', lambda: CPp().x)
class Dia(csv.Dialect):
    delimiter = ','; quotechar = '"'; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL
t('csv', lambda: list(csv.reader(['a,b'], dialect=Dia)))
class RowIt:
    def __iter__(self): rec('rowiter', self); return iter(['x'])
t('csv_w', lambda: csv.writer(io.StringIO()).writerow(RowIt()))
t('csv_dw', lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1}))
class Filt(logging.Filter):
    def filter(self, record): rec('filter', record, *vars(record).values()); return True
class Hd(logging.Handler):
    def emit(self, record): rec('emit', record); rec('format', self.format(record))
    def handleError(self, record): rec('handleError', record)
lg = logging.getLogger('x'); lg.addFilter(Filt()); lg.addHandler(Hd()); lg.propagate = False
t('log', lambda: lg.warning('m %s', 1, stack_info=True))
try:
    1/0
except Exception:
    t('logexc', lambda: lg.exception('e'))
t('logfn', lambda: logging.getLogger('y').addFilter(lambda r: rec('filterfn', r) or True))
t('setLogRecordFactory', lambda: logging.setLogRecordFactory(lambda *a, **k: rec('factory', *a, *k.values()) or logging.LogRecord(*a, **k)))
t('log2', lambda: lg.error('z'))
logging.setLogRecordFactory(logging.LogRecord)
class HR:
    def __repr__(self): rec('pprepr', self); return 'HR'
t('pprint', lambda: pprint.pformat([HR(), {HR(): 1}]))
class PP(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        rec('ppformat', obj, context, maxlevels, level); return super().format(obj, context, maxlevels, level)
t('pp', lambda: PP().pformat({'a': [1]}))
class SS(str):
    def __len__(self): rec('sslen'); return 3
    def split(self, *a): rec('sssplit', *a); return str.split(self, *a)
    def expandtabs(self, *a): rec('ssexpand', *a); return self
t('textwrap', lambda: textwrap.wrap(SS('aaa bbb ccc'), 3))
t('textwrap2', lambda: textwrap.TextWrapper(width=5).fill(SS('aaa bbb')))
t('difflib', lambda: list(difflib.unified_diff([SS('a')], [SS('b')])))
t('difflib2', lambda: difflib.SequenceMatcher(lambda x: rec('junk', x), 'ab', 'ac').ratio())
t('bisect', lambda: bisect.bisect([1,2], 1, key=lambda x: rec('bisectkey', x) or x))
t('defaultdict', lambda: collections.defaultdict(lambda: rec('ddfactory'))[1])
class MissD(dict):
    def __missing__(self, k): rec('missing', k)
t('fmtmap', lambda: '{a}'.format_map(MissD()))
class EM(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): rec('_missing_', cls, v); return None
t('em', lambda: EM(5))
class EG(enum.Enum):
    def _generate_next_value_(name, start, count, last): rec('gnv', name, start, count, last); return count
    A = enum.auto()
t('eg', lambda: list(EG))
t('dcfactory', lambda: dataclasses.make_dataclass('Q', [('a', int, dataclasses.field(default_factory=lambda *a: rec('factory2', *a)))])())
t('dc_asdict', lambda: dataclasses.asdict(dataclasses.make_dataclass('Q', ['a'])([1]), dict_factory=lambda x: rec('dictfactory', x) or dict(x)))
t('tmpl', lambda: string.Template('$a').substitute(MissD()))
t('sortedcmp', lambda: sorted([HL(1), HL(2)]))
t('attrget', lambda: operator.attrgetter('v')(HL(1)))
t('chain', lambda: list(itertools.chain.from_iterable(iter(lambda: rec('callable_iter'), 1))))
t('filter', lambda: list(filter(lambda x: rec('filter', x), [1])))
t('map', lambda: list(map(lambda *x: rec('map', *x), [1], [2])))
t('zip', lambda: list(zip(RowIt())))
t('iter_sentinel', lambda: list(iter(lambda: rec('sentinel') or 1, 1)))
