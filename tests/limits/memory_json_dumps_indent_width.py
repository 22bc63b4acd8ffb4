# json.dumps with a huge indent repeats the indent string on every line of
# a large document (10**5 lines of 10**4 spaces): the output is built and
# charged piece by piece and ends at the memory limit.
# limit: memory
import json
text = json.dumps([[]] * 10 ** 5, indent=10 ** 4)
print(len(text))
