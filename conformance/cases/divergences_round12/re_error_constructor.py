# re.error's constructor: its signature's texts and attributes, as CPython's
# (a Python class in sre_constants).
import re


def show(label, make):
    try:
        e = make()
        print(label, repr(str(e)), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
    except Exception as ex:
        print(label, type(ex).__name__, ex)


show('none', lambda: re.error())
show('msg', lambda: re.error('bad'))
show('pat', lambda: re.error('bad', 'abc'))
show('pos', lambda: re.error('bad', 'abc', 1))
show('pos_nl', lambda: re.error('bad', 'a\nbc', 3))
show('bytes', lambda: re.error('bad', b'a\nbc', 3))
show('kw', lambda: re.error('bad', pattern='xy', pos=1))
show('kwmsg', lambda: re.error(msg='bad'))
show('four', lambda: re.error('a', 'b', 1, 2))
show('badkw', lambda: re.error('a', foo=1))
show('dupkw', lambda: re.error('a', msg='b'))
show('posnone', lambda: re.error('bad', 'abc', None))
show('pos_str', lambda: re.error('bad', 'abc', 'x'))
show('nopat', lambda: re.error('bad', None, 2))
try:
    re.compile('(')
except re.error as e:
    print(e, e.msg, e.pos, e.lineno, e.colno, repr(e.pattern), e.args)
print(re.error.__name__, re.error.__module__, re.error.__qualname__, issubclass(re.error, Exception))
print(re.error is re.PatternError if hasattr(re, 'PatternError') else 'no PatternError')
e = re.error('m', 'p', 0)
e.extra = 5
print(e.extra, repr(e))


class MyErr(re.error):
    pass


print(repr(MyErr('x')), str(MyErr('x', 'ab', 1)))
show('many_kw', lambda: re.error('a', 'b', 1, 2, msg=3))
show('self', lambda: re.error('a', self=1))
show('dup_pat', lambda: re.error('a', 'b', pos=1, pattern='c'))
show('kw_only_pos', lambda: re.error(pos=1))
show('many', lambda: re.error(1, 2, 3, 4, 5, 6))
show('sub_none', lambda: MyErr())
