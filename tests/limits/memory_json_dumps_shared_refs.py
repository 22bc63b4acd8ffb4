# json.dumps of a list holding one big str many times: the text grows far
# past the heap while the input stays small; the native encoder's writer is
# charged as it grows, so the memory limit ends the run.
# limit: memory
import json
big = 'x' * 10**6
json.dumps([big] * 10**4)
