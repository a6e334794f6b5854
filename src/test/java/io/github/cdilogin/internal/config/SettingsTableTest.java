package io.github.cdilogin.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.support.Readme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's settings table is {@link Setting}: the same keys, defaults and meanings, in both directions. */
class SettingsTableTest {

    private static final Map<String, List<String>> README = readmeRows();

    @Test
    void everySettingOfTheCodeHasItsRowInTheReadme() {
        List<String> missing = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (!README.containsKey(setting.key())) {
                missing.add("| `" + setting.key() + "` | " + setting.defaultText() + " | " + setting.meaning() + " |");
            }
        }
        assertTrue(missing.isEmpty(), "README.md's settings table lacks these rows:\n" + String.join("\n", missing));
    }

    @Test
    void everyRowOfTheReadmeIsASettingOfTheCode() {
        List<String> unknown = README.keySet().stream().filter(key -> Setting.of(key) == null).toList();
        assertTrue(unknown.isEmpty(), "README.md's settings table lists keys the library does not read: " + unknown);
    }

    @Test
    void theReadmeGivesEachSettingTheDefaultTheCodeUses() {
        for (Setting setting : Setting.values()) {
            List<String> row = README.get(setting.key());
            if (row != null) {
                assertEquals(setting.defaultText(), row.get(0), "the default of " + setting.key());
            }
        }
    }

    @Test
    void theReadmeSaysWhatEachSettingMeansAsTheCodeDoes() {
        for (Setting setting : Setting.values()) {
            List<String> row = README.get(setting.key());
            if (row != null) {
                assertEquals(setting.meaning(), row.get(1), "the meaning of " + setting.key());
            }
        }
    }

    @Test
    void everyDefaultValueIsOneTheReaderAccepts() {
        // Read each default as if it had been set: a default the reader refused would fail every deployment.
        Map<String, String> defaults = new LinkedHashMap<>();
        Arrays.stream(Setting.values()).filter(s -> s.defaultValue() != null)
                .forEach(s -> defaults.put(s.key(), s.defaultValue()));
        assertNotNull(SettingsReader.read(defaults::get));
        assertEquals(SettingsReader.read(key -> null).guards(), SettingsReader.read(defaults::get).guards());
        assertEquals(SettingsReader.read(key -> null).views(), SettingsReader.read(defaults::get).views());
        assertEquals(SettingsReader.read(key -> null).remember(), SettingsReader.read(defaults::get).remember());
        assertEquals(SettingsReader.read(key -> null).protection(), SettingsReader.read(defaults::get).protection());
    }

    private static Map<String, List<String>> readmeRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> cells : Readme.table("Settings")) {
            assertEquals(3, cells.size(), "a settings row has three cells, key, default and meaning: " + cells);
            String key = cells.get(0).replace("`", "");
            List<String> previous = rows.put(key, List.of(cells.get(1), cells.get(2)));
            assertEquals(null, previous, "README.md lists " + key + " twice");
        }
        return rows;
    }
}
