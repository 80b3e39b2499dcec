"""The recomposed chain: our links beside the partners' maps, and what an alliance completes."""
