package org.twofold.language;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Runs OpenNLP over a text: sentences, tokens, universal part-of-speech tags and lemmas.
 * The models are shared; the *ME tools are not thread-safe and cheap to make, so each call makes its own.
 */
public final class Analyser {
    private final LanguageModels models;
    private final Duration wait;

    public Analyser(LanguageModels models, Duration wait) {
        this.models = models;
        this.wait = wait;
    }

    public Analysis analyse(String text) {
        LanguageModels.Models m = models.await(wait);
        SentenceDetectorME sentences = new SentenceDetectorME(m.sentences());
        TokenizerME tokenizer = new TokenizerME(m.tokens());
        POSTaggerME tagger = new POSTaggerME(m.partsOfSpeech());
        LemmatizerME lemmatizer = new LemmatizerME(m.lemmas());
        List<Sentence> out = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            Span[] spans = tokenizer.tokenizePos(sentence);
            if (spans.length == 0) {
                continue;
            }
            String[] words = Span.spansToStrings(spans, sentence);
            String[] tags = tagger.tag(words);
            String[] lemmas = lemmatizer.lemmatize(words, tags);
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                addSplit(tokens, words[i], s.getStart() + spans[i].getStart(), tags[i], lemmas[i]);
            }
            out.add(new Sentence(s.getStart(), s.getEnd(), List.copyOf(tokens)));
        }
        return new Analysis(text, List.copyOf(out));
    }

    /**
     * The English models keep contractions whole ("don't" tagged AUX+PART, lemma do+not); the rules
     * read them as two words, so they are split here at the apostrophe, keeping their offsets.
     */
    private static void addSplit(List<Token> out, String word, int start, String tag, String lemma) {
        String[] tags = tag.split("\\+");
        String[] lemmas = lemma.split("\\+");
        int cut = splitPoint(word);
        if (tags.length == 2 && cut > 0) {
            out.add(token(word.substring(0, cut), start, tags[0], lemmas[0]));
            out.add(token(word.substring(cut), start + cut, tags[1], lemmas.length > 1 ? lemmas[1] : word.substring(cut)));
        } else {
            out.add(token(word, start, tags[0], lemmas[0]));
        }
    }

    private static int splitPoint(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("n't") && w.length() > 3) {
            return w.length() - 3;
        }
        int apostrophe = w.lastIndexOf('\'');
        return apostrophe > 0 ? apostrophe : -1;
    }

    /** A lemma the model made up from odd training text (an e-mail address for a name) is replaced by the word. */
    private static Token token(String text, int start, String tag, String lemma) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean usable = !lemma.isBlank() && !lemma.equals("O") && lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.');
        return new Token(text, start, start + text.length(), tag, usable ? lemma.toLowerCase(Locale.ROOT) : lower);
    }
}
