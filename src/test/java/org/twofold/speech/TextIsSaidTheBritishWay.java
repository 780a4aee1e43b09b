package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextIsSaidTheBritishWay {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        See your GP today.                    | See your gee pee today.
        Two GPs and the NHS                   | Two gee pees and the en aitch ess
        Go to A&E now                         | Go to ay and ee now
        Tea & toast                           | Tea and toast
        Fruit, e.g. an apple                  | Fruit, for example an apple
        Pens, paper etc.                      | Pens, paper et cetera
        It is OK                              | It is okay
        PLEASE STOP                           | please stop
        Bring your ID                         | Bring your eye dee
        Dr Patel and Mrs Khan                 | Doctor Patel and Missus Khan
        Lunch at 12:30                        | Lunch at twelve thirty
        Wake at 9:30                          | Wake at nine thirty
        Tablets at 9.30am                     | Tablets at nine thirty in the morning
        Tablets at 9am                        | Tablets at nine in the morning
        Tea at 4 p.m.                         | Tea at four in the afternoon
        Bed at 10:15pm                        | Bed at ten fifteen in the evening
        Meet at 12pm                          | Meet at midday
        The bus is at 14:05                   | The bus is at two oh five in the afternoon
        Wake at 07:00                         | Wake at seven o'clock in the morning
        On 12/03/2025                         | On the twelfth of March twenty twenty five
        On 2024-11-01                         | On the first of November twenty twenty four
        On 3rd May                            | On the third of May
        On March 21st 2026                    | On March the twenty first twenty twenty six
        Since June 1999                       | Since June nineteen ninety nine
        It costs £2.50                        | It costs two pounds fifty
        It costs £1                           | It costs one pound
        It costs £0.40                        | It costs forty pence
        A 50p coin                            | A fifty pence coin
        About 50% of days                     | About fifty percent of days
        Walk 2-3 times                        | Walk two to three times
        My 21st birthday                      | My twenty first birthday
        105 steps                             | one hundred and five steps
        1,250 people                          | one thousand two hundred and fifty people
        2005 and 3000000                      | two thousand and five and three million
        2.5 miles                             | two point five miles
        Ring 01632 960123                     | Ring oh one six three two nine six oh one two three
        House No. 5                           | House number five
        Go – then stop                        | Go, then stop
        """)
    void textIsWrittenOutAsItIsSaid(String written, String said) {
        assertEquals(said, SpokenText.of(written));
    }
}
