# json.dumps with a huge indent repeats the indent string on every line of
# a large document (10**5 lines of 10**4 spaces): the output is built and
# charged piece by piece; the joined result is past the whole budget.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
import json
text = json.dumps([[]] * 10 ** 5, indent=10 ** 4)
print(len(text))
