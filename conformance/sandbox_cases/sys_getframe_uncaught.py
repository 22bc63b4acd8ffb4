# moat policy: frames are never handed out.
import sys
sys._getframe()
