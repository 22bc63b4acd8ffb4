# The limit error raised from inside a PCRE2 call is not catchable either.
# limit: instructions
import re
try:
    re.match(r'(a+)+(?=$)', 'a' * 40 + 'b')
except BaseException:
    print('caught')
finally:
    print('finally')
