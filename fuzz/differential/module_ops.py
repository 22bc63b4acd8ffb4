"""Operations on the modules scripts use most: math, cmath, statistics, fractions,
decimal, datetime, json, re, str on non-ASCII text, itertools, collections,
functools, heapq, bisect, textwrap, string and operator.
"""
import cmath
import math

import builtin_ops

PRELUDE = builtin_ops.PRELUDE + r'''
import math, cmath, statistics, json, re, itertools, collections, functools, heapq, bisect
import textwrap, string, operator, datetime
from datetime import date, time, datetime as dt, timedelta, timezone
from collections import Counter, deque, OrderedDict, defaultdict, namedtuple
Pt = namedtuple('Pt', 'x y')
Pt3 = namedtuple('Pt3', ['a', 'b', 'c'], defaults=[0])
def L_(it, n=30):
    return list(itertools.islice(it, n))
def hq(fn, lst, *a):
    lst = list(lst)
    r = getattr(heapq, fn)(lst, *a)
    return (r, lst)
def bs(fn, lst, *a, **k):
    lst = list(lst)
    r = getattr(bisect, fn)(lst, *a, **k)
    return (r, lst)
def ctx(**k):
    return decimal.Context(**k)
'''

NUM = ['0', '1', '-1', '2', '3', '-7', '10', '0.5', '-0.0', '0.0', '1.5', '-2.5', '1e308', '5e-324',
       "float('inf')", "float('-inf')", "float('nan')", '10**400', '-10**400', '2**53+1', 'True', 'False',
       "Fraction(1, 3)", "Fraction(-7, 2)", "Decimal('2.5')", "Decimal('-0')", "Decimal('NaN')",
       "Decimal('Infinity')", '1j', '(1+2j)', "'1'", 'None', '[1, 2]', 'I(4)', 'F(2.0)', 'Idx(3)',
       'FloatLike()', 'IntLike()', '100', '0.1', '1e-300', '-1e-300', '2**64', '3.0', '7']
CNUM = ['0', '1', '-1', '1j', '-1j', '(1+2j)', '(-0.0-0j)', 'complex(-0.0, 0.0)', "complex('inf')",
        "complex('nan')", "complex(float('inf'), float('nan'))", "complex(-1e308, 1e308)", '2.5', '-0.0',
        "float('inf')", "float('-inf')", "float('nan')", '10**400', '(3-4j)', 'complex(0, -0.0)', "'1'",
        'None', 'Fraction(1, 2)', "Decimal('1.5')", 'True', '1e-320', '(1e-320+1e-320j)']
MATHF = [n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n))]
CMATHF = [n for n in dir(cmath) if not n.startswith('_') and callable(getattr(cmath, n))]
SEQS = ['[]', '[1]', '[1, 2, 3]', '[1.5, 2.5, 0.1]', '(1, 2, 3, 4)', '[0.1] * 10', '[1e308, 1e308, -1e308]',
        "[float('inf'), 1]", "[float('nan')]", "[Fraction(1, 3), Fraction(1, 6)]", "[Decimal('1.1'), Decimal('2.2')]",
        "[1, 'a']", 'range(1, 6)', "[float('inf'), float('-inf')]", '[2**60, 2**61]', '[True, 3]',
        '[1, 2.5]', 'iter([3, 4])', '[-0.0]', '[1e16, 1.0, -1e16]', '[5]', '[3, 4]', '(3, 4, 0)', '[Idx(2)]']

r = builtin_ops.r


def gen_math(rng):
    f = r(rng, MATHF)
    if rng.random() < 0.15:
        return f'math.{f}()'
    if f in ('fsum', 'prod'):
        a = [r(rng, SEQS)]
        if f == 'prod' and rng.random() < 0.3:
            a.append('start=' + r(rng, NUM))
    elif f == 'dist':
        a = [r(rng, SEQS), r(rng, SEQS)]
    elif f in ('hypot', 'gcd', 'lcm'):
        a = [r(rng, NUM) for _ in range(rng.choice([0, 1, 2, 3]))]
    elif f in ('comb', 'perm', 'isqrt', 'factorial'):
        a = [r(rng, ['0', '1', '5', '10', '-1', '3', '2**70', '52', '1.0', 'True', 'Idx(4)', "'3'", 'None', '100', '-5', '7', '2'])
             for _ in range(rng.choice([1, 2, 2, 3]))]
    elif f in ('log', 'ldexp', 'pow', 'atan2', 'copysign', 'fmod', 'remainder', 'nextafter', 'isclose'):
        a = [r(rng, NUM) for _ in range(rng.choice([1, 2, 2, 2, 3]))]
        if f == 'isclose' and rng.random() < 0.5:
            a = a[:2] + [f'{r(rng, ["rel_tol", "abs_tol"])}={r(rng, ["0.1", "-1", "0", "1e-9", "nan"])}']
    else:
        a = [r(rng, NUM) for _ in range(rng.choice([1, 1, 1, 2]))]
    return f"math.{f}({', '.join(a)})"


def gen_cmath(rng):
    f = r(rng, CMATHF)
    n = 2 if f in ('log', 'rect', 'isclose') and rng.random() < 0.7 else 1
    a = [r(rng, CNUM) for _ in range(n)]
    if rng.random() < 0.05:
        a.append(r(rng, CNUM))
    return f"cmath.{f}({', '.join(a)})"


STATF = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
         'median_grouped', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance', 'quantiles',
         'correlation', 'covariance', 'linear_regression']
SDATA = ['[]', '[1]', '[1, 2]', '[1, 2, 3, 4]', '[3, 1, 4, 1, 5, 9, 2, 6]', '[1.5, 2.5, 2.5, 10.0]',
         '[Fraction(1, 3), Fraction(2, 3), Fraction(5, 4)]', "[Decimal('1.5'), Decimal('2.25'), Decimal('0.1')]",
         "[1, Fraction(1, 2)]", "[1, Decimal('1')]", "['a', 'b', 'b']", '[0, 1, 0]', '[-1, 2, -3]',
         "[float('nan'), 1]", "[float('inf'), 1.0]", '[True, False, True]', '[2, 2, 2]', 'range(10)',
         '[1e308, 1e308]', '(x for x in [4, 8])', '[0.1, 0.2, 0.3]', "[1, 1.5, Fraction(1, 2)]", '[5, 0]',
         '[10**30, 1]']


def gen_stats(rng):
    f = r(rng, STATF)
    a = [r(rng, SDATA)]
    if f in ('correlation', 'covariance', 'linear_regression'):
        a.append(r(rng, SDATA))
    elif f == 'quantiles' and rng.random() < 0.7:
        a.append(f'n={r(rng, ["4", "1", "0", "10", "2", "-1", "3"])}')
        if rng.random() < 0.4:
            a.append('method=' + r(rng, ["'inclusive'", "'exclusive'", "'bogus'"]))
    elif f in ('stdev', 'variance', 'pstdev', 'pvariance') and rng.random() < 0.3:
        a.append(r(rng, ['2', '2.5', 'Fraction(1, 2)', "Decimal('1')", 'None']))
    elif f == 'fmean' and rng.random() < 0.3:
        a.append('weights=' + r(rng, SDATA))
    elif f == 'median_grouped' and rng.random() < 0.3:
        a.append(r(rng, ['2', '0.5', '0', "'x'"]))
    elif f == 'linear_regression' and rng.random() < 0.3:
        a.append('proportional=True')
    return f"statistics.{f}({', '.join(a)})"


FRAC_CTOR = ["'1/3'", "'-7/2'", "' 3.25 '", "'1e-3'", "'1.5e3'", "'inf'", "'nan'", "'1/0'", "'abc'", "'1_000/3'",
             "'0.1'", "'-0'", "'3/-4'", "'+5'", '0.1', '-0.0', "float('inf')", "float('nan')", '1e300',
             "Decimal('1.25')", "Decimal('NaN')", "Decimal('-Infinity')", '3', '-12', 'True', '2.5', 'None',
             '[1]', "Fraction(3, 6)", '1j', "'1/3/4'", "' 1 / 3 '", "'1.'", "'.5'"]
FRAC_VAL = ["Fraction(1, 3)", "Fraction(-7, 2)", "Fraction(0)", "Fraction(10, 4)", "Fraction(5)", "Fraction(-1, 10**20)"]
OTHER = ['0', '2', '-3', '0.5', "float('inf')", "float('nan')", '1j', "Decimal('1.5')", 'True', "'a'", 'None',
         '2**70', '0.0', 'Fraction(1, 2)', '(2+0j)', '-0.0']
BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', '!=', '>', '>=']


def gen_frac(rng):
    c = rng.random()
    if c < 0.3:
        if rng.random() < 0.4:
            return f'Fraction({r(rng, FRAC_CTOR + OTHER)}, {r(rng, OTHER + ["Fraction(2, 3)", "4", "-6"])})'
        return f'Fraction({r(rng, FRAC_CTOR)})'
    if c < 0.7:
        a, b = r(rng, FRAC_VAL), r(rng, OTHER + FRAC_VAL)
        if rng.random() < 0.5:
            a, b = b, a
        op = r(rng, BINOPS)
        if op == '**' and '2**70' in b:
            b = '3'
        return f'({a}) {op} ({b})'
    m = r(rng, ['limit_denominator({})', 'limit_denominator()', '__round__()', '__round__({})', '__floor__()',
                '__ceil__()', '__trunc__()', 'as_integer_ratio()', '__format__({})', '__str__()',
                '__repr__()', '__abs__()', '__neg__()', '__pos__()', 'numerator', 'denominator',
                '__bool__()', '__hash__()', '__int__()', 'from_float({})',
                'from_decimal({})', '__divmod__({})', '__rdivmod__({})', '__float__()'])
    fa = r(rng, ['10', '1', '0', '-1', '3', '2', '0.25', 'None', "Decimal('0.5')", "''", "'f'", "'10'", '-2', '7'])
    return f"({r(rng, FRAC_VAL)}).{m.format(fa)}"


DEC = ["Decimal('1.5')", "Decimal('-0')", "Decimal('0')", "Decimal('NaN')", "Decimal('sNaN')", "Decimal('Infinity')",
       "Decimal('-Infinity')", "Decimal('1E+10')", "Decimal('123.456')", "Decimal('-2.50')", "Decimal('0.000')",
       "Decimal('1e-30')", "Decimal(10)", "Decimal('12345678901234567890.12345')", "Decimal('7')", "Decimal('-3')"]
DEC_CTOR = ["'1.5'", "' 2 '", "'1e5'", "'abc'", "'-nan'", "'Inf'", "'1_000'", "'0x10'", '0.1', '-0.0', "float('nan')",
            "float('inf')", '3', '2**70', "(0, (1, 4), -1)", "(1, (), 'F')", "(0, (1, 11), 'n')", "[0, [5], 2]",
            'Fraction(1, 2)', 'None', "'١٢'", "'1.2.3'", "''", "'  '", '1.25', 'True', "'sNaN12'", "'NaN123'"]
DEC_M = ['sqrt()', 'exp()', 'ln()', 'log10()', 'normalize()', 'to_integral_value()', 'to_integral_exact()',
         'adjusted()', 'as_tuple()', 'as_integer_ratio()', 'copy_abs()', 'copy_negate()', 'is_nan()',
         'is_signed()', 'is_zero()', 'is_normal()', 'is_subnormal()', 'is_finite()', 'is_infinite()', 'is_qnan()', 'is_snan()',
         'number_class()', 'logb()', 'next_plus()', 'next_minus()', 'to_eng_string()', 'canonical()', 'radix()',
         'compare({})', 'compare_total({})', 'max({})', 'min({})', 'max_mag({})', 'fma({}, {})', 'next_toward({})',
         'quantize({})', 'quantize({}, rounding={})', 'remainder_near({})', 'same_quantum({})', 'scaleb({})',
         'shift({})', 'rotate({})', 'copy_sign({})', 'logical_and({})', 'logical_invert()', '__round__()',
         '__round__({})', '__floor__()', '__ceil__()', '__trunc__()', '__format__({})', '__float__()', '__int__()',
         '__hash__()', '__bool__()', '__str__()', '__repr__()', 'conjugate()', 'real', 'imag', '__complex__()']
ROUND = ["decimal.ROUND_UP", "decimal.ROUND_DOWN", "decimal.ROUND_HALF_UP", "decimal.ROUND_HALF_EVEN",
         "decimal.ROUND_HALF_DOWN", "decimal.ROUND_CEILING", "decimal.ROUND_FLOOR", "decimal.ROUND_05UP", "'bogus'"]
DARG = DEC + ['2', '-1', '0', "Decimal('1.00')", "Decimal('0.1')", "Decimal('1E+2')", '1.5', "'x'", 'None',
              'Fraction(1, 2)', "Decimal('101')", '10**30']
DFMT = ["''", "'f'", "'.2f'", "'e'", "'.3e'", "'g'", "'%'", "',.2f'", "'>10'", "'+.1f'", "'n'", "'x'", "'.0f'", "'020.3f'",
        "'E'", "'G'", "'.50f'", "'_'", "'z.1f'"]
CTXOPS = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'power', 'sqrt', 'exp', 'ln',
          'quantize', 'plus', 'minus', 'abs', 'compare', 'to_sci_string', 'create_decimal', 'max', 'min', 'fma',
          'create_decimal_from_float', 'is_zero', 'log10', 'logb']


def gen_dec(rng):
    c = rng.random()
    if c < 0.2:
        if rng.random() < 0.15:
            return f'decimal.Context(prec={r(rng, ["3", "1", "28"])}).create_decimal({r(rng, DEC_CTOR)})'
        return f'Decimal({r(rng, DEC_CTOR)})'
    if c < 0.5:
        a, b = r(rng, DEC), r(rng, DARG)
        if rng.random() < 0.4:
            a, b = b, a
        op = r(rng, BINOPS)
        if op == '**' and ('E+10' in a or '10**' in b or '1E+10' in b or '123' in b or '1234' in b):
            b = '2'
        return f'({a}) {op} ({b})'
    if c < 0.8:
        m = r(rng, DEC_M)
        args = []
        for _ in range(m.count('{}')):
            if 'format' in m:
                args.append(r(rng, DFMT))
            elif 'rounding' in m and len(args) == 1:
                args.append(r(rng, ROUND))
            elif 'shift' in m or 'rotate' in m or 'scaleb' in m or 'round' in m:
                args.append(r(rng, ['2', '-3', '0', "Decimal('1')", '100', "'x'", 'None', "Decimal('1.5')"]))
            else:
                args.append(r(rng, DARG))
        d = r(rng, DEC)
        if m == '__hash__()' and 'NaN' in d:
            d = "Decimal('1.5')"  # a NaN's hash is its address in CPython 3.11 (object.__hash__)
        return f'({d}).{m.format(*args)}'
    op = r(rng, CTXOPS)
    kw = []
    if rng.random() < 0.7:
        kw.append(f'prec={r(rng, ["1", "3", "5", "28", "0", "-1"])}')
    if rng.random() < 0.5:
        kw.append(f'rounding={r(rng, ROUND)}')
    if rng.random() < 0.5:
        kw.append(f'traps={r(rng, ["[]", "[decimal.DivisionByZero]", "[decimal.Inexact]", "[decimal.InvalidOperation]", "[decimal.Rounded]", "[decimal.Overflow]", "{decimal.Inexact: True}"])}')
    if rng.random() < 0.2:
        kw.append(f'Emax={r(rng, ["5", "99"])}')
    n = 1 if op in ('sqrt', 'exp', 'ln', 'plus', 'minus', 'abs', 'to_sci_string', 'create_decimal', 'is_zero',
                    'log10', 'logb', 'create_decimal_from_float') else 3 if op == 'fma' else 2
    args = [r(rng, DARG + ["Decimal('2')", "Decimal('1')", '7', '3']) for _ in range(n)]
    return f"decimal.Context({', '.join(kw)}).{op}({', '.join(args)})"


# ---- datetime
DINT = ['1', '2', '12', '31', '0', '-1', '13', '2000', '9999', '10000', '29', '28', '30', '59', '60', '23', '24',
        '999999', '1000000', "'1'", '1.0', 'None', 'True', '1970', '2024', '2023', '15', '7']
DATES = ['date(2024, 2, 29)', 'date(1, 1, 1)', 'date(9999, 12, 31)', 'date(2023, 1, 15)', 'date(2000, 7, 4)']
DTS = ['dt(2024, 2, 29, 13, 5, 9)', 'dt(1, 1, 1)', 'dt(9999, 12, 31, 23, 59, 59, 999999)',
       'dt(2023, 1, 15, 0, 0, 0, 500)', 'dt(2000, 7, 4, 12, tzinfo=timezone.utc)',
       'dt(2020, 5, 17, 8, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))',
       "dt(2021, 3, 1, tzinfo=timezone(timedelta(hours=3), 'EST3'))", 'dt(1999, 12, 31, 23, 59, 59, 123456)']
TIMES = ['time()', 'time(13, 5, 9)', 'time(23, 59, 59, 999999)', 'time(0, 0, 0, 1)', 'time(12, tzinfo=timezone.utc)',
         'time(1, 2, 3, 4000, tzinfo=timezone(timedelta(minutes=90)))', 'time(7, 30, fold=1)']
TDS = ['timedelta()', 'timedelta(1)', 'timedelta(-1)', 'timedelta(seconds=1)', 'timedelta(microseconds=-1)',
       'timedelta(days=999999999)', 'timedelta(days=-999999999)', 'timedelta(hours=25, minutes=61)',
       'timedelta(weeks=1.5)', 'timedelta(0, 0, 1)', 'timedelta(seconds=-86399.5)', 'timedelta(days=1, microseconds=5)',
       'timedelta(milliseconds=1.5)', 'timedelta(days=3650, seconds=7)']
TZS = ['timezone.utc', 'timezone(timedelta(hours=5))', 'timezone(timedelta(hours=-3), "X")',
       'timezone(timedelta(minutes=-1))', 'timezone(timedelta(seconds=1))', 'timezone.min', 'timezone.max']
DOTHER = ['1', '2.5', '0', '-1', 'None', "'a'", 'Fraction(1, 2)', "Decimal('1')", "float('nan')", "float('inf')",
          '10**20', '0.0', '-0.5', '3']
DIRS = 'aAbBcdHIjmMpSUwWxXyYzZfGuVg%:'


def gen_datetime(rng):
    c = rng.random()
    if c < 0.2:
        k = r(rng, ['date', 'dt', 'time', 'timedelta', 'timezone', 'date.fromordinal', 'date.fromisoformat',
                    'dt.fromisoformat', 'time.fromisoformat', 'date.fromisocalendar', 'dt.combine'])
        if 'fromisoformat' in k:
            s = r(rng, ["'2024-02-29'", "'2024-02-30'", "'20240229'", "'2024-W09-4'", "'2024-02-29T13:05:09'",
                        "'2024-02-29 13:05:09.123'", "'2024-02-29T13:05:09+05:30'", "'2024-02-29T13:05Z'",
                        "'13:05:09'", "'13:05:09.1234567'", "'25:00'", "'1305'", "''", "'x'", "'2024-02-29T24:00'",
                        "'T13:05'", "'13:05:09-01:00:30'", "'2024-1-1'", '20240101', "'13'", "'2024-02-29T13'"])
            return f'{k}({s})'
        if k == 'timedelta':
            kw = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks']
            a = [f'{r(rng, kw)}={r(rng, DINT + DOTHER + ["1e10", "-1.5", "0.000001"])}' if rng.random() < 0.6 else r(rng, DINT + DOTHER)
                 for _ in range(rng.choice([0, 1, 2, 3]))]
            a.sort(key=lambda s: '=' in s)
            return f"timedelta({', '.join(a)})"
        if k == 'timezone':
            nm = ", " + r(rng, ["'N'", "None", "1", "''"]) if rng.random() < 0.3 else ""
            return f'timezone({r(rng, TDS + DOTHER)}{nm})'
        if k == 'dt.combine':
            return f'dt.combine({r(rng, DATES + DTS)}, {r(rng, TIMES)})'
        n = rng.choice([0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8])
        a = [r(rng, DINT) for _ in range(n)]
        if rng.random() < 0.2:
            a.append(f'tzinfo={r(rng, TZS + ["1"])}')
        return f"{k}({', '.join(a)})"
    if c < 0.45:
        pools = [DATES, DTS, TIMES, TDS, DOTHER, TZS]
        a = r(rng, r(rng, pools[:4]))
        b = r(rng, r(rng, pools))
        if rng.random() < 0.5:
            a, b = b, a
        if rng.random() < 0.05:
            return f'divmod({a}, {b})'
        return f'({a}) {r(rng, ["+", "-", "*", "/", "//", "%", "<", "==", "!=", ">="])} ({b})'
    if c < 0.65:
        obj = r(rng, DATES + DTS + TIMES)
        fmt = ''.join(r(rng, ['%' + r(rng, DIRS), '-', ' ', 'x', '%', 'é', '%%']) for _ in range(rng.choice([1, 2, 3])))
        if rng.random() < 0.7:
            return f'({obj}).strftime({fmt!r})'
        return f'format({obj}, {fmt!r})'
    if c < 0.85:
        obj = r(rng, DATES + DTS + TIMES + TDS + TZS)
        m = r(rng, ['isoformat()', "isoformat(sep=' ')", "isoformat(timespec='milliseconds')", "isoformat('T', 'minutes')",
                    "isoformat(timespec='bogus')", "isoformat(timespec='hours')", 'ctime()', 'timetuple()', 'toordinal()',
                    'weekday()', 'isoweekday()', 'isocalendar()', 'utcoffset()', 'tzname()', 'dst()', 'date()',
                    'time()', 'timetz()', 'total_seconds()', 'days', 'seconds', 'microseconds', 'year', 'hour',
                    'tzinfo', 'fold', '__str__()', '__repr__()', 'utcoffset(None)', 'tzname(None)', 'astimezone(timezone.utc)',
                    'replace()', 'resolution', 'min', 'max', '__bool__()',
                    '__abs__()', '__neg__()', 'isocalendar().week'])
        return f'({obj}).{m}'
    obj = r(rng, DATES + DTS + TIMES)
    kw = r(rng, ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'])
    return f'({obj}).replace({kw}={r(rng, DINT + TZS[:2])})'


# ---- json
JVALS = ['1', '-0.0', '1.5', "float('nan')", "float('inf')", '10**30', 'True', 'None', "'a\"b'", "'é\\n'", "'😀'",
         '[1, [2, {}]]', "{'b': 1, 'a': [1, 2]}", '{1: 2, True: 3, None: 4, 1.5: 5}', "{(1, 2): 3}", '()', '(1, 2)',
         "{'x': {'y': []}}", 'set()', "b'x'", 'Fraction(1, 2)', "Decimal('1.5')", 'I(3)', 'F(2.5)', "S('s')",
         "D(k=1)", 'L([1])', '1e100', '1e-7', "'\\x00\\x7f\\u2028'", "'\\ud800'", "{'b': 1, 2: 3}", "{False: 0, 'z': 1}"]
JDOCS = ['1', '[1, 2]', '{"a": 1}', '"x"', ' ', '', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '[1 2]', 'nul',
         'NaN', '-Infinity', 'Infinity', '1e400', '-0', '01', '1.', '.5', '"\\u00e9"', '"\\ud83d\\ude00"',
         '"\\x"', '"abc', '[', ']', '{"a": [1, {"b": null}]}', '[true, false, null]', '"\t"', '1 2',
         '{"a":1, "a":2}', '  [ ]  ', '"\\ud800"', '[1e5, -1E-2, 0.5e+1]', '123456789012345678901234567890',
         '"a\\/b"', '{"x": tru}', '[-]', '-', '"\\u12"', '{1: 2}', '[1, 2', '{"a": 1} x', '\ufeff[1]', '[0x10]']
JKW = ['indent=2', 'indent=0', "indent='--'", 'indent=None', 'sort_keys=True', "separators=(',', ':')",
       "separators=(';', '=')", 'ensure_ascii=False', 'default=str', 'default=repr', 'allow_nan=False',
       'skipkeys=True', 'check_circular=False', 'indent=-1', "indent='\\t'", 'default=lambda o: [1]', 'separators=1']


def gen_json(rng):
    if rng.random() < 0.5:
        kw = sorted(set(r(rng, JKW) for _ in range(rng.choice([0, 1, 2, 3]))))
        seen, kws = set(), []
        for k in kw:
            if k.split('=')[0] not in seen:
                seen.add(k.split('=')[0]); kws.append(k)
        return f"json.dumps({', '.join([r(rng, JVALS)] + kws)})"
    d = r(rng, JDOCS)
    if rng.random() < 0.3:
        d2 = r(rng, JDOCS)
        d = d[:rng.randrange(len(d) + 1)] + d2[rng.randrange(len(d2) + 1):]
    kw = ''
    if rng.random() < 0.15:
        kw = ', ' + r(rng, ['parse_float=Decimal', 'parse_int=str', 'object_pairs_hook=list', 'strict=False',
                            'parse_constant=str', 'object_hook=len'])
    return f'json.loads({d!r}{kw})'


# ---- re
ATOMS = ['a', 'b', 'ab', '.', r'\d', r'\w', r'\s', r'\W', '[ab]', '[^a]', '[a-c]', r'\b', '^', '$', 'x', 'A', 'é',
         r'\.', '(a)', '(?:ab)', '(?P<n>b)', '(a|b)', r'\1', '(?i:a)', '[', ')', '(', '?', '*', r'\Z', r'\A', '{2}',
         r'\B', '(?=a)', '(?!b)', '(?<=a)', r'\u00e9', '[]', r'\x41', '(?P=n)', '|', ' ', r'\n', '[\\d-]', '(?#c)']
QUANT = ['', '', '', '*', '+', '?', '{1,2}', '*?', '+?', '{2}', '{,3}', '{3,1}']
RSTRS = ["''", "'a'", "'ab'", "'aab'", "'abcabc'", "'AbA'", "'a1 b2'", "'x\\ny'", "'ééa'", "'ba ab '", "'a.b'",
         "'123'", "'aaa'", "'A b C'", "'Straße'", "'  '", "'a\\nb\\n'"]
FLAGS = ['0', 're.I', 're.M', 're.S', 're.X', 're.A', 're.I | re.M', 're.VERBOSE', 're.IGNORECASE', 're.U', 're.L']
REPL = ["''", "'-'", "r'\\1'", "r'<\\g<0>>'", "r'\\g<n>'", "lambda m: m.group(0).upper()", "'\\\\n'", "r'\\2'",
        "r'\\g<1>x'", "r'\\'", "'x'", "r'\\n'", "r'\\q'"]


def rand_pat(rng):
    return ''.join(r(rng, ATOMS) + r(rng, QUANT) for _ in range(rng.choice([1, 1, 2, 2, 3, 4])))


def gen_re(rng):
    p = rand_pat(rng)
    s = r(rng, RSTRS)
    fl = r(rng, FLAGS) if rng.random() < 0.3 else None
    fn = r(rng, ['search', 'match', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split', 'compile', 'escape',
                 'm.group', 'm.groups', 'm.groupdict', 'm.span', 'm.start', 'm.end', 'm.expand', 'm.lastindex',
                 'm.lastgroup', 'm.repr', 'm.getitem', 'p.attrs'])
    fa = f', {fl}' if fl else ''
    if fn in ('search', 'match', 'fullmatch', 'findall', 'split'):
        extra = f', maxsplit={r(rng, ["1", "0", "-1"])}' if fn == 'split' and rng.random() < 0.3 else ''
        return f're.{fn}({p!r}, {s}{extra}{fa})'
    if fn == 'finditer':
        return f'[m.span() for m in re.finditer({p!r}, {s}{fa})]'
    if fn in ('sub', 'subn'):
        cnt = f', count={r(rng, ["1", "0", "2"])}' if rng.random() < 0.3 else ''
        return f're.{fn}({p!r}, {r(rng, REPL)}, {s}{cnt}{fa})'
    if fn == 'compile':
        return f're.compile({p!r}{fa})'
    if fn == 'escape':
        return 're.escape(' + r(rng, RSTRS + ["'a-b.c*d'", "'\\x00 \\t#'", "b'a.b'"]) + ')'
    if fn == 'p.attrs':
        return f'(lambda p: (p.pattern, p.flags, p.groups, sorted(p.groupindex.items())))(re.compile({p!r}{fa}))'
    arg = r(rng, ['', '0', '1', '2', "'n'", '-1', "'x'", '0, 1', "r'[\\1]'", "r'\\g<n>'"])
    if fn == 'm.expand':
        arg = r(rng, ["r'[\\1]'", "r'\\g<n>'", "r'\\g<0>'", "'x'", "r'\\3'"])
    inner = {'m.repr': 'repr(m)', 'm.getitem': f'm[{arg or 0}]', 'm.lastindex': 'm.lastindex',
             'm.lastgroup': 'm.lastgroup'}.get(fn, f'{fn}({arg})')
    return f'(lambda m: m and {inner})(re.search({p!r}, {s}{fa}))'


# ---- str on non-ASCII
USTRS = ["'ß'", "'ǅ'", "'İ'", "'ﬁ'", "'ŉ'", "'Σσς'", "'ΣΑΣ'", "'ᾳ'", "'straße'", "'ﬃ'", "'hello wORLD'", "'ǆemal'",
         "'ı'", "'Ⅻ'", "'١٢٣'", "'²'", "'½'", "'x\\ty\\tz'", "'a\\x0bb\\x1cc\\u2029d\\x85e'", "'\\u0345'",
         "'e\\u0301'", "'日本語'", "'😀'", "'a_1'", "'1a'", "'ℌ'", "'\\u00ad'", "'\\u200b'", "'ǈ'", "'Ａｂｃ'",
         "'ǰ'", "'ẞ'", "'ﬀ'", "'\\U0001D7CE'", "'\\udc80'", "'K'", "'Å'", "'µ'", "'ÿ'", "'o\\u0308n'",
         "'they're bill's'", "\"they're bill's\"", "'  é  '", "'\\t\\n\\r\\x0c'", "'aΣ'", "'Σ'", "'AΣb'", "'ⅷ'"]
SMETH = ['casefold()', 'title()', 'capitalize()', 'swapcase()', 'upper()', 'lower()', 'isidentifier()',
         'isprintable()', 'isdecimal()', 'isdigit()', 'isnumeric()', 'isalpha()', 'isalnum()', 'isspace()',
         'istitle()', 'isupper()', 'islower()', 'isascii()', 'center({}, {})', 'ljust({}, {})', 'rjust({}, {})',
         'expandtabs({})', 'expandtabs()', 'splitlines()', 'splitlines(True)', 'partition({})', 'rpartition({})',
         'zfill({})', 'encode({}, {})', 'encode({})', 'split()', 'strip()', 'strip({})', 'find({})', 'count({})',
         'replace({}, {})', 'startswith({})', 'index({})', '__len__()', 'upper().lower()',
         'encode().decode({}, {})', 'title().swapcase()', 'rsplit(None, 1)', 'split({})']
SARG = ["'utf-8'", "'ascii'", "'latin-1'", "'utf-16'", "'utf-16-le'", "'utf-32'", "'cp1252'", "'strict'", "'ignore'",
        "'replace'", "'xmlcharrefreplace'", "'backslashreplace'", "'namereplace'", "'surrogateescape'", "'surrogatepass'",
        "'bogus'", '5', '0', '-3', '10', '8', '1', "'é'", "'日'", "'ab'", "'*'", "'ß'", "''", "'Σ'", 'None', '3']
BDATA = ["b'caf\\xc3\\xa9'", "b'\\xff\\xfe'", "b'\\x80abc'", "b'\\xed\\xa0\\x80'", "b'\\xf0\\x9f\\x98'", "b'ab\\x00'",
         "b'\\xe2\\x82\\xac'", "b'\\xc0\\xaf'", "b'\\xff\\xfea\\x00'", "b'a\\x00\\x00\\x00'", "b'\\xf4\\x90\\x80\\x80'"]


def gen_ustr(rng):
    if rng.random() < 0.2:
        enc = r(rng, SARG[:7] + ["'utf-8-sig'", "'utf-32-be'", "'utf8'", "'latin1'"])
        return f'({r(rng, BDATA)}).decode({enc}, {r(rng, SARG[7:15])})'
    s = r(rng, USTRS)
    if rng.random() < 0.2:
        s = f'{s} + {r(rng, USTRS)}'
    m = r(rng, SMETH)
    args = []
    for i in range(m.count('{}')):
        if m.startswith(('encode', 'encode().decode')):
            args.append(r(rng, SARG[:7]) if i == 0 else r(rng, SARG[7:15]))
        elif m.startswith(('center', 'ljust', 'rjust', 'zfill', 'expandtabs')) and i == 0:
            args.append(r(rng, ['5', '0', '-3', '10', '8', '1', '3', "'x'"]))
        else:
            args.append(r(rng, SARG[15:]))
    return f'({s}).{m.format(*args)}'


# ---- itertools / collections / functools / heapq / bisect / textwrap / string / operator
IT = ['[]', '[1, 2, 3]', "'abc'", 'range(4)', '(3, 1, 2)', "'aabbbc'", '[1, 1, 2, 3, 3]', '[[1, 2], [3]]',
      "[(1, 2), (3, 4)]", 'None', '5', 'iter([2, 0])', "{'a': 1}", '[0, 1, 0, 2]']
ITARG = ['0', '1', '2', '3', '-1', 'None', "'x'", '1.5', 'True', '10', 'operator.add', 'operator.mul', 'bool',
         'str', 'lambda x: x % 2', 'len', 'max', 'lambda x, y: x * 10 + y']
ITF = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'chain.from_iterable', 'compress', 'dropwhile',
       'filterfalse', 'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
       'permutations', 'combinations', 'combinations_with_replacement']


def gen_itertools(rng):
    f = r(rng, ITF)
    n = rng.choice([0, 1, 1, 2, 2, 3])
    pools = {'count': [ITARG], 'repeat': [IT + ITARG, ITARG], 'islice': [IT, ITARG, ITARG, ITARG],
             'accumulate': [IT, ITARG], 'compress': [IT, IT], 'dropwhile': [ITARG, IT], 'takewhile': [ITARG, IT],
             'filterfalse': [ITARG, IT], 'groupby': [IT, ITARG], 'starmap': [ITARG, IT], 'tee': [IT, ITARG],
             'permutations': [IT, ITARG], 'combinations': [IT, ITARG], 'combinations_with_replacement': [IT, ITARG]}
    pl = pools.get(f, [IT, IT, IT])
    args = [r(rng, pl[min(i, len(pl) - 1)]) for i in range(n)]
    if rng.random() < 0.15:
        args.append(r(rng, ['initial=100', 'fillvalue=0', 'repeat=2', 'key=len', 'func=operator.sub', 'times=2', 'step=2',
                            'r=1', 'bogus=1']))
    call = f"itertools.{f}({', '.join(args)})"
    if f == 'groupby':
        return f'[(k, list(g)) for k, g in L_({call})]'
    if f == 'tee':
        return f'[list(t) for t in {call}]'
    if rng.random() < 0.1:
        return f'repr({call})'
    return f'L_({call})'


COLL = [
    "Counter({}) + Counter({})", "Counter({}) - Counter({})", "Counter({}) & Counter({})", "Counter({}) | Counter({})",
    "Counter({}).most_common({})", "sorted(Counter({}).elements())", "mcall(Counter({}), 'subtract', {})",
    "Counter({}).total()", "mcall(Counter({}), 'update', {})", "-Counter({})", "+Counter({})", "Counter({}) == Counter({})",
    "Counter({}) <= Counter({})", "repr(Counter({}))", "Counter({})[{}]",
    "mcall(deque({}), 'rotate', {})", "deque({}, {})", "mcall(deque({}, 3), 'append', {})",
    "mcall(deque({}), 'insert', {}, {})", "deque({}).index({})", "mcall(deque({}, 2), 'extendleft', {})",
    "mcall(deque({}), 'remove', {})", "deque({})[{}]", "mcall(deque({}), 'pop')", "mcall(deque({}), 'popleft')",
    "deque({}) * {}", "deque({}) + deque({})", "deque({}).count({})", "deque({}, maxlen={}).maxlen",
    "mcall(deque({}, 3), 'insert', {}, {})", "deque({}) < deque({})",
    "mcall(OrderedDict.fromkeys({}), 'move_to_end', {})", "mcall(OrderedDict.fromkeys({}), 'move_to_end', {}, last=False)",
    "mcall(OrderedDict.fromkeys({}), 'popitem')", "mcall(OrderedDict.fromkeys({}), 'popitem', last=False)",
    "OrderedDict.fromkeys({}) == OrderedDict.fromkeys({})", "repr(OrderedDict.fromkeys({}))", "OrderedDict.fromkeys({}) | {}",
    "(lambda d: (d[{}], d))(defaultdict(list))", "(lambda d: (d[{}], d))(defaultdict({}))", "repr(defaultdict(int, {}))",
    "defaultdict({})", "Pt._make({})", "Pt(1, 2)._replace({})", "Pt(1, 2)._asdict()", "Pt({}, {})", "Pt3({})", "Pt3._fields_defaults",
    "Pt(1, 2) + ({},)", "namedtuple('N', {})", "namedtuple('N', 'a b', rename=True)._fields", "Pt(1, 2)._replace(z={})",
    "namedtuple({}, 'a')", "Pt(x={}, y=2)", "Pt3(1, {})",
]
CARG = ['[]', "'abracadabra'", '[1, 2, 3]', "{'a': 3, 'b': -1}", "{'a': 1}", "{'x': 0}", '[1, 1, 2]', '2', '0', '-1',
        '5', 'None', "'a'", '1', '3', "'abc'", 'range(5)', "'x y'", "['a', 'a']", "['def', 'x']", "'_a b'", 'int',
        "['a', '1b']", '(1, 2)', "[1]", "'b'", 'True', "x=5"]


def gen_coll(rng):
    t = r(rng, COLL)
    args = [r(rng, CARG) for _ in range(t.count('{}'))]
    if 'x=5' in args and not t.endswith('({})'):
        args = [a if a != 'x=5' else '1' for a in args]
    return t.format(*args)


FUNCT = [
    "functools.reduce({}, {})", "functools.reduce({}, {}, {})", "repr(functools.partial({}, {}))",
    "repr(functools.partial({}, {}, k={}))", "functools.partial({}, {})({})", "sorted({}, key=functools.cmp_to_key({}))",
    "(lambda f: ([f(x) for x in {}], f.cache_info()))(functools.lru_cache(maxsize={})(lambda x: x))",
    "(lambda f: ([f(x) for x in {}], f.cache_info(), f.cache_clear(), f.cache_info()))(functools.lru_cache(lambda x: x * 2))",
    "functools.lru_cache({})", "repr(functools.partial(functools.partial({}, 1), {}))",
    "functools.partial()", "functools.partial({})", "functools.cmp_to_key({})(1) < functools.cmp_to_key({})(2)",
    "functools.total_ordering", "(lambda c: c({}))(functools.cache(lambda x: [x]))",
]
FARG = ['operator.add', 'operator.sub', 'max', 'int', 'lambda a, b: b - a', 'lambda a, b: (a > b) - (a < b)', '[]',
        '[1, 2, 3]', "'abc'", '[3, 1, 2]', '0', '10', 'None', '2', '-1', "'x'", 'range(3)', "[1, 2, 1, 3, 1]", 'str', 'len']


def gen_functools(rng):
    t = r(rng, FUNCT)
    return t.format(*[r(rng, FARG) for _ in range(t.count('{}'))])


HQ = ['[]', '[3, 1, 2]', '[1, 2, 3, 4, 5]', '[5, 4, 3, 2, 1, 0]', '[1, 1, 1]', "['b', 'a']", '[1, None]', '[2.5, 1]']


def gen_heapbis(rng):
    c = rng.random()
    if c < 0.5:
        f = r(rng, ['heapify', 'heappush', 'heappop', 'heappushpop', 'heapreplace', 'nlargest', 'nsmallest', 'merge'])
        lst = r(rng, HQ)
        if f in ('heapify', 'heappop'):
            return f'hq({f!r}, sorted({lst}) if {lst} != [1, None] else {lst})' if f == 'heappop' else f'hq({f!r}, {lst})'
        if f in ('heappush', 'heappushpop', 'heapreplace'):
            return f'hq({f!r}, sorted({lst}) if None not in {lst} else {lst}, {r(rng, ["0", "3", "10", "None", "1.5", "a"[:0] + "-1"])})'
        if f == 'merge':
            return f"list(heapq.merge({', '.join(r(rng, ['[1, 3]', '[2, 4]', '[]', '[0]', '[5, 1]']) for _ in range(rng.choice([0, 1, 2, 3])))}{', key=abs' if rng.random() < 0.2 else ''}{', reverse=True' if rng.random() < 0.2 else ''}))"
        return f'heapq.{f}({r(rng, ["0", "2", "-1", "10", "1", "None", "2.0"])}, {lst}{", key=abs" if rng.random() < 0.2 else ""})'
    f = r(rng, ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right'])
    lst = r(rng, ['[]', '[1, 2, 2, 3]', '[1, 3, 5]', "['a', 'c']", '[1, 2, 3, 4, 5, 6]', '(1, 2)'])
    args = [r(rng, ['0', '2', '4', '7', "'b'", 'None', '2.5'])]
    for k in ['lo', 'hi', 'key']:
        if rng.random() < 0.2:
            args.append(f'{k}={r(rng, ["0", "1", "-1", "10", "None", "abs", "2"])}')
    return f"bs({f!r}, {lst}, {', '.join(args)})"


TXT = ["'The quick brown fox jumps over the lazy dog'", "'  indented\\n  text\\n'", "'a\\tb c'", "''",
       "'word ' * 20", "'supercalifragilisticexpialidocious word'", "'Hello.  World!  Again.'", "'x\\n\\ny'",
       "'  a\\n\\tb\\n'", "'one-two-three four'", "'日本語 テキスト'"]


def gen_text(rng):
    c = rng.random()
    if c < 0.5:
        f = r(rng, ['wrap', 'fill', 'shorten', 'dedent', 'indent'])
        s = r(rng, TXT)
        if f == 'dedent':
            return f'textwrap.dedent({s})'
        if f == 'indent':
            pre = r(rng, ["'> '", "''", "'\\t'"])
            return f"textwrap.indent({s}, {pre}{', predicate=str.strip' if rng.random() < 0.3 else ''})"
        kw = []
        w = r(rng, ['10', '5', '1', '0', '20', '40', '3', '12'])
        for k, vs in [('initial_indent', ["'* '", "''"]), ('subsequent_indent', ["'  '"]), ('break_long_words', ['False']),
                      ('break_on_hyphens', ['False']), ('max_lines', ['1', '2']), ('placeholder', ["' ...'", "'~'"]),
                      ('expand_tabs', ['False']), ('replace_whitespace', ['False']), ('drop_whitespace', ['False']),
                      ('fix_sentence_endings', ['True']), ('tabsize', ['4'])]:
            if rng.random() < 0.15:
                kw.append(f'{k}={r(rng, vs)}')
        return f"textwrap.{f}({', '.join([s, w] + kw)})"
    if c < 0.8:
        tpl = r(rng, ["'$who likes $what'", "'${a}b $$ $c'", "'$'", "'$1'", "'${x'", "'no subs'", "'$a$a'", "'$é'"])
        m = r(rng, ['substitute', 'safe_substitute'])
        a = r(rng, ["who='tim', what='kung pao'", "{'a': 1, 'c': 2}", "", "a=1", "{'x': 1}, x=2", "{'who': 'x'}, what=3"])
        if rng.random() < 0.1:
            return f'(lambda t: (t.is_valid(), t.get_identifiers()))(string.Template({tpl}))'
        return f'string.Template({tpl}).{m}({a})'
    if c < 0.9:
        sep = ', ' + r(rng, ['None', repr(' '), repr('-')]) if rng.random() < 0.3 else ''
        return 'string.capwords(' + r(rng, TXT + ['"hello  WORLD"', '"a-b c"']) + sep + ')'
    fm = r(rng, ["'{0}-{1}'", "'{x!r:>5}'", "'{}'", "'{0[1]}'", "'{a.real}'", "'{'", "'{:{}}'", "'{!z}'", "'{0:d}'"])
    return f"string.Formatter().format({fm}, {r(rng, ['1, 2', 'x=3', '[1, 2]', '1.5', '', 'a=2j', '5, 3'])})"


OPF = ["repr(operator.itemgetter({}))", "repr(operator.itemgetter({}, {}))", "repr(operator.attrgetter({}))",
       "repr(operator.attrgetter({}, {}))", "repr(operator.methodcaller({}))", "repr(operator.methodcaller({}, {}, k={}))",
       "operator.itemgetter({})({})", "operator.itemgetter({}, {})({})", "operator.attrgetter({})({})",
       "operator.methodcaller({}, {})({})", "operator.{}({}, {})", "operator.{}({})", "operator.methodcaller({})",
       "operator.attrgetter()", "operator.itemgetter()", "operator.length_hint({}, {})", "operator.index({})",
       "operator.concat({}, {})", "operator.countOf({}, {})", "operator.indexOf({}, {})", "operator.is_({}, {})"]
OPNAMES = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'neg', 'not_', 'truth', 'contains', 'getitem',
           'lshift', 'and_', 'xor', 'inv', 'abs', 'lt', 'eq', 'iadd', 'imul', 'matmul', 'pos', 'index']
OARG = ["'a'", '0', '1', '-1', "'real'", "'upper'", "'split'", "'a.b'", "'imag.real'", '[1, 2, 3]', "'xyz'", "{'a': 1}",
        '(1, 2)', '2', 'None', "'count'", "'__class__'", "slice(1)", '1.5', "'strip'", "'x'", '3j', "'a b'"]


def gen_operator(rng):
    t = r(rng, OPF)
    args = []
    for i in range(t.count('{}')):
        if t.startswith('operator.{}') and i == 0:
            args.append(r(rng, OPNAMES))
        else:
            args.append(r(rng, OARG))
    return t.format(*args)


CATS = {'math': gen_math, 'cmath': gen_cmath, 'stats': gen_stats, 'frac': gen_frac, 'dec': gen_dec,
        'datetime': gen_datetime, 'json': gen_json, 're': gen_re, 'ustr': gen_ustr, 'itertools': gen_itertools,
        'coll': gen_coll, 'functools': gen_functools, 'heapbis': gen_heapbis, 'text': gen_text, 'operator': gen_operator}
WEIGHTS = {'math': 4, 'cmath': 2, 'stats': 2, 'frac': 2, 'dec': 3, 'datetime': 4, 'json': 3, 're': 4, 'ustr': 3,
           'itertools': 2, 'coll': 3, 'functools': 1, 'heapbis': 1, 'text': 2, 'operator': 2}
