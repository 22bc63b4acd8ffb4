# json.loads is native scanning, charged to the instruction budget as it
# goes (whitespace inside a document too): a loop of decodes of a long,
# mostly blank document ends on the budget.
# args: --max-instructions 5000000
# limit: instructions
import json
doc = '[' + ' ' * 10**6 + '1' + ' ' * 10**6 + ']'
while True:
    json.loads(doc)
