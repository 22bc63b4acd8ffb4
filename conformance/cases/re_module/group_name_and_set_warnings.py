# re's group-name checks (str.isidentifier, int() for a conditional's
# group with a DeprecationWarning when not plain ASCII digits) and the
# FutureWarning for what may become nested sets or set operations.
import re
import warnings

patterns = [r'(?P=1)', r'(?P=a.)', r'(?P<1>)', '(?P<\u00a9>x)', '(?P=\u00a9)', '(?(\u00a9)y)',
            '(?P<\u00b5>x)(?P=\u00b5)(?(\u00b5)y)', r'(?P<a>x)(?P=+1)', r'()(?(-1)a|b)',
            r'()(?(+1)a|b)', r'()(?(1_0)a|b)', r'()(?( 1 )a|b)', '()(?(\u3280)a|b)',
            '()(?(\u00b9)a|b)', '()(?(\u0967)a|b)', r'()(?(-0)a|b)', r'(?(1a))',
            '[[a]', '[a--b]', '[a&&b]', '[a~~b]', '[a||b]', '[--a]', '[&&a]', '[a&&]',
            '[^[a]', r'[\[[]', '[[:alpha:]]', '[a-]', r'[\--\-]', '[a-&&b]']
for p in patterns:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = 'groups=%d' % re.compile(p).groups
        except re.error as e:
            result = 'error: %s (pos %s)' % (e.msg, e.pos)
    print(ascii(p), result, [(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        re.compile('[a||b]x')
    except FutureWarning as e:
        print('FutureWarning', e)
