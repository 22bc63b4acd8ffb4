# dataclasses._generated_frame relabels the newest traceback entry of an
# exception as a line of "<string>" only when that entry is the running
# frame's and the frame is one of moat's own modules. A script must not
# relabel its own entries, reach anything through it, or crash it with odd
# arguments or a traceback rewired to a module's entry.
import dataclasses
import functools
import traceback

try:
    1 / 0
except ZeroDivisionError as e:
    dataclasses._generated_frame(e, 7)
    rows = traceback.extract_tb(e.__traceback__)
    print([(r.filename.endswith(".py"), r.lineno) for r in rows])
for args in [(5, 1), (ValueError(), 0), (ValueError(), -1), (ValueError(), 2**40), (ValueError(), "3")]:
    try:
        print(dataclasses._generated_frame(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dataclasses._generated_frame()
except TypeError as e:
    print(type(e).__name__, e)

# An exception whose newest entry is a module function's (reduce), handed to
# _generated_frame while that function runs: at most a relabelled line.
try:
    functools.reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    caught = e
inner = caught.__traceback__.tb_next
caught = caught.with_traceback(inner)
print(functools.reduce(lambda a, b: dataclasses._generated_frame(caught, 3) or b, [1, 2, 3]))
print(type(caught.__traceback__).__name__)
# expect-output: [(True, 11)]
# expect-output: None
# expect-output: ValueError _generated_frame() line must be a positive int
# expect-output: ValueError _generated_frame() line must be a positive int
# expect-output: ValueError _generated_frame() line must be a positive int
# expect-output: ValueError _generated_frame() line must be a positive int
# expect-output: TypeError _generated_frame expected 2 arguments, got 0
# expect-output: 3
# expect-output: traceback
