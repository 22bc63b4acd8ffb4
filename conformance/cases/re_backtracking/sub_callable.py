# sub with a function on a backtracking pattern; the function may search too.
import re
inner = re.compile(r'(?<=_)\w')
def repl(m):
    return inner.sub(lambda n: n.group().upper(), m.group(1))
print(re.sub(r'(\w+)(?=\s|$)', repl, 'snake_case_word other_one'))
print(re.sub(r'(?<=(\d))(?=(\d{3})+\b)', ',', '1234567 89'))
