# Iterator pickling support (__reduce__, which copy uses) as a way to
# something the script does not already hold: each reduction must give only
# builtins reachable by name (iter, reversed, the iterator's own class),
# the script's own iterable, function or iterators, lists of the items
# left, and ints; nothing of the interpreter (no frame, code or globals).
data = [1, 2]
func = str
checks = []
for it in (iter(data), reversed(data), iter((1, 2)), iter(b"ab"), iter({1: 2}),
           iter({1, 2}), enumerate(data), zip(data, data), map(func, data),
           filter(None, data), iter(range(5)), iter(range(2**70)), iter("ab"),
           iter("\u00e9b"), reversed("ab"), reversed((1, 2))):
    head, args, *state = it.__reduce__()
    allowed_heads = (iter, reversed, type(it))
    checks.append(any(head is h for h in allowed_heads))
    for arg in args:
        checks.append(arg is data or arg is func or arg is None or type(arg) in (
            list, tuple, int, bytes, str, range, type(iter(data))))
    checks.append(all(type(s) in (int, bool) for s in state))
# itertools' count and repeat: their class with the script's own values.
import itertools
obj = object()
for it in (itertools.count(3), itertools.count(1.5, 0.5), itertools.repeat(obj, 2),
           itertools.repeat(obj)):
    head, args = it.__reduce__()
    checks.append(head is type(it) and all(a is obj or type(a) in (int, float) for a in args))
print(all(checks), len(checks))
for name in ('gi_frame', 'f_globals', '__globals__'):
    try:
        getattr(iter(data).__reduce__, name)
    except AttributeError as e:
        print("AttributeError", e)
# expect-output: True 56
# expect-output: AttributeError 'builtin_function_or_method' object has no attribute 'gi_frame'
# expect-output: AttributeError 'builtin_function_or_method' object has no attribute 'f_globals'
# expect-output: AttributeError '__globals__' is not available in the sandbox
