// MeCab, the Japanese morphological analyser (Debian: libmecab-dev, with the mecab-ipadic-utf8
// dictionary at run time).
#include <mecab.h>
