# The classic ReDoS, (a+)+ before a lookahead (so it runs on PCRE2, the
# backtracking engine) on 'a'*40+'b': about 2**40 steps. Every pattern item
# PCRE2 tries is charged to the instruction budget, so the search ends on
# the instruction limit under default limits instead of running for days.
# limit: instructions
import re
print(re.match(r'(a+)+(?=$)', 'a' * 40 + 'b'))
