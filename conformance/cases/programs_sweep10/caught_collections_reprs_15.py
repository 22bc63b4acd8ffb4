from string import Template
try:
    Template("$a").substitute({"a": 1}, a=2) + Template("${").substitute()
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
