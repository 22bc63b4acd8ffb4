# Everyday patterns that need the backtracking engine finish quickly within
# the default budget, with CPython's answers.
# limit: none
# expect-output: some_camel_case_name
# expect-output: ['10', '20']
# expect-output: "hi"
# expect-output: 500
# expect-output: 9999
import re
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'someCamelCaseName').lower())
print(re.findall(r'\d+(?=%)', '10% of 200 is 20%'))
print(re.search(r'''(?P<q>['"]).*?(?P=q)''', 'say "hi" now').group())
words = ' '.join('w%d w%d' % (i, i) for i in range(500))
print(len(re.findall(r'\b(\w+) \1\b', words)))
print(len(re.findall(r'(?<=a)(?=b)', 'ab' * 9999)))
