# json's flags are tested for truth as CPython's json does: the C scanner
# and C encoder take each flag's truth once when they are made, the Python
# encoder (indent given, iterencode, dump) each time it needs one, and
# dumps/dump test the flags in order for their default encoder.
import io
import json


class NoBool:
    def __bool__(self):
        raise ValueError('no truth value')


class Counted:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __bool__(self):
        Counted.calls += 1
        return self.value


class Empty:
    def __len__(self):
        return 0


def show(name, f):
    Counted.calls = 0
    try:
        result = f()
    except (ValueError, TypeError) as e:
        result = f'{type(e).__name__}: {e}'
    print(name, repr(result), Counted.calls)


show('strict 0', lambda: json.loads('"a\tb"', strict=0))
show('strict 1', lambda: json.loads('"a\tb"', strict=1))
show('strict empty', lambda: json.loads('"a\tb"', strict=Empty()))
show('strict "" ', lambda: json.loads('"a\tb"', strict=''))
show('strict None', lambda: json.loads('["a\tb"]', strict=None))
show('strict NoBool', lambda: json.loads('"a"', strict=NoBool()))
show('strict counted', lambda: json.loads('["a\t\tb", "\t"]', strict=Counted(False)))
show('decoder NoBool', lambda: json.JSONDecoder(strict=NoBool()))
d = json.JSONDecoder(strict=0)
show('decoder attr', lambda: d.strict)
d.strict = True
show('decoder later', lambda: d.decode('"x\ty"'))

show('skipkeys 1', lambda: json.dumps({(1,): 2, 'a': 1}, skipkeys=1))
show('skipkeys empty', lambda: json.dumps({(1,): 2}, skipkeys=Empty()))
show('skipkeys NoBool', lambda: json.dumps({(1,): 2}, skipkeys=NoBool()))
show('ensure_ascii 0', lambda: json.dumps(['\xe9'], ensure_ascii=0))
show('ensure_ascii empty', lambda: json.dumps('\xe9', ensure_ascii=Empty()))
show('ensure_ascii NoBool', lambda: json.dumps('\xe9', ensure_ascii=NoBool()))
show('ensure_ascii counted', lambda: json.dumps(['\xe9\xe8', {'\xe0': '\xf9'}], ensure_ascii=Counted(False)))
show('ensure_ascii counted str', lambda: json.dumps('\xe9\xe8\xe0', ensure_ascii=Counted(True)))
show('check_circular 0', lambda: json.dumps([[1]] * 2, check_circular=0))
show('check_circular NoBool', lambda: json.dumps([1], check_circular=NoBool()))
show('allow_nan 0', lambda: json.dumps([float('nan')], allow_nan=0))
show('allow_nan empty', lambda: json.dumps(float('inf'), allow_nan=Empty()))
show('allow_nan NoBool', lambda: json.dumps(1.5, allow_nan=NoBool()))
show('allow_nan counted', lambda: json.dumps([1.5, float('inf'), -float('inf')], allow_nan=Counted(True)))
show('sort_keys 1', lambda: json.dumps({'b': 1, 'a': 2}, sort_keys=1))
show('sort_keys empty', lambda: json.dumps({'b': 1, 'a': 2}, sort_keys=Empty()))
show('sort_keys NoBool', lambda: json.dumps({}, sort_keys=NoBool()))
show('sort_keys counted', lambda: json.dumps([{'b': 1}, {'a': {'c': 2}}, {}], sort_keys=Counted(True)))

# With indent, CPython's Python encoder: flags tested where they are used.
show('indent sort_keys NoBool', lambda: json.dumps({'a': 1}, sort_keys=NoBool(), indent=1))
show('indent sort_keys NoBool empty', lambda: json.dumps([{}], sort_keys=NoBool(), indent=1))
show('indent sort_keys counted', lambda: json.dumps([{'b': 1}, {'a': {'c': 2}}, {}], sort_keys=Counted(True), indent=1))
show('indent skipkeys counted', lambda: json.dumps({(1,): 1, 2.5: 2, (3,): 3}, skipkeys=Counted(True), indent=1))
show('indent skipkeys empty', lambda: json.dumps({(1,): 1}, skipkeys=Empty(), indent=1))
show('indent allow_nan counted', lambda: json.dumps([1.5, float('inf')], allow_nan=Counted(True), indent=1))
show('indent allow_nan 0', lambda: json.dumps([float('-inf')], allow_nan=0, indent=1))
show('indent ensure_ascii counted', lambda: json.dumps(['\xe9', {'\xe0': 1}], ensure_ascii=Counted(False), indent=1))

e = json.JSONEncoder(skipkeys=0, ensure_ascii=0, sort_keys=[], allow_nan='')
print(e.skipkeys, e.ensure_ascii, e.sort_keys, repr(e.allow_nan))
show('encoder NoBool', lambda: json.JSONEncoder(sort_keys=NoBool()).encode({}))
show('encoder NoBool str', lambda: json.JSONEncoder(sort_keys=NoBool()).encode('s'))
show('iterencode', lambda: list(json.JSONEncoder(ensure_ascii=0).iterencode('\xe9')))
show('iterencode NoBool', lambda: list(json.JSONEncoder(sort_keys=NoBool()).iterencode({'a': 1})))
show('iterencode one-shot NoBool', lambda: list(json.JSONEncoder(sort_keys=NoBool()).iterencode({}, True)))


def dump(obj, **kw):
    out = io.StringIO()
    json.dump(obj, out, **kw)
    return out.getvalue()


show('dump', lambda: dump({'b': [1, 2.5], 'a': None}, sort_keys=1))
show('dump allow_nan 0', lambda: dump([float('nan')], allow_nan=0))
show('dump skipkeys NoBool', lambda: dump({}, skipkeys=NoBool()))
show('dump sort_keys counted', lambda: dump([{'b': 1}, {}], sort_keys=Counted(True)))
show('dump ensure_ascii empty', lambda: dump('\xe9', ensure_ascii=Empty()))
