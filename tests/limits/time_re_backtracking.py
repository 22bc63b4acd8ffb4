# The timeout ends a backtracking search in the middle of one PCRE2 call:
# the charges made from its callouts poll the clock as the loop does.
# args: --timeout 200ms --max-instructions none
# limit: time
import re
print(re.match(r'(a+)+(?=$)', 'a' * 60 + 'b'))
