# A lone surrogate written to the standard streams: stdout's error handler
# refuses it (bar the surrogateescape range), stderr escapes it.
import sys

print(sys.stdout.encoding, sys.stdout.errors)
print(sys.stderr.encoding, sys.stderr.errors)

for text in ['\ud801', 'ab\ud801', 'x\ud801\ud802y', '\udc80\ud800']:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end, repr(e.object))

try:
    print('kept', 'x\udfff')
except UnicodeEncodeError as e:
    print()
    print(e)
try:
    print('a', 'b', sep='\ud800', end='!\n')
except UnicodeEncodeError as e:
    print()
    print(e)
try:
    print('a', end='\ud800')
except UnicodeEncodeError as e:
    print()
    print(e)
