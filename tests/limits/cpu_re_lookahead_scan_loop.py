# A lookahead that scans to the end of the text from every position, in
# findall over 200000 characters: 2*10**10 characters read, charged as
# they are read, so the call ends on the instruction limit.
# limit: instructions
import re
print(len(re.findall(r'(?=[^x]*y)', 'a' * 200000)))
