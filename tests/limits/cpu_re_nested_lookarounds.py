# Nested lookarounds that rescan the rest of the text at every position
# (quadratic work with few backtracking steps): the callout charges the
# bytes the match position moves, so the scans inside the lookarounds are
# paid for and the search ends on the instruction limit (default limits).
# limit: instructions
import re
print(re.search(r'(?=(?:(?=a*(?!b))a)*c)', 'a' * 20000))
