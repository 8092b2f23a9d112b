package br.com.clientela.backoffice.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page reads a bean's properties by name, and EL cannot tell {@code isExport()} from {@code getExport()}: it
 * takes one of them for both, so a download button got a Boolean where it needed the file (ClassCastException,
 * "Algo deu errado"). No bean the pages can name may have an is-getter and a get-getter for the same property.
 */
class BackingPropertiesTest {

    @Test
    void noPageBeanHasTwoGettersForOneProperty() throws Exception {
        List<Class<?>> beans = namedClasses();
        assertThat(beans).as("the page beans found on the class path").hasSizeGreaterThan(20);

        List<String> clashes = new ArrayList<>();
        for (Class<?> bean : beans) {
            Set<String> isProperties = Stream.of(bean.getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .filter(n -> n.startsWith("is") && n.length() > 2)
                    .map(n -> n.substring(2))
                    .collect(Collectors.toSet());
            Stream.of(bean.getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .filter(n -> n.startsWith("get") && isProperties.contains(n.substring(3)))
                    .forEach(n -> clashes.add(bean.getSimpleName() + "." + n + " / is" + n.substring(3)));
        }
        assertThat(clashes).isEmpty();
    }

    private static List<Class<?>> namedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(PageMessages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("br/com/clientela/backoffice"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, BackingPropertiesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Named.class)) {
                    named.add(type);
                }
            }
        }
        return named;
    }
}
