# A backtracking bomb, (a*)*b on 100000 a's: RE2 answers in linear time, and
# each search is charged for the text it scans, so a loop of them ends on
# the instruction budget instead of running for hours.
# args: --max-instructions 20000000
# limit: instructions
import re
s = 'a' * 100000
for i in range(10**6):
    re.search(r'(a*)*b', s)
