# sys.modules would hand out every loaded module (and a way to plant one).
# expect: AttributeError: 'sys.modules' is not available in the sandbox
import sys
sys.modules['os'].system('id')
