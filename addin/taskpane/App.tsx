import { FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { WorkbookGateway } from "../gateway/types";
import { stringsFor } from "./i18n";
import { PeriodizePanel } from "./PeriodizePanel";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function App({ gateway, language }: { gateway: WorkbookGateway; language: Language }) {
  const styles = useStyles();
  const t = stringsFor(language);
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root} lang={language}>
        <Title3 as="h1">{t.title}</Title3>
        <TabList selectedValue="periodize">
          <Tab value="periodize">{t.periodizeTab}</Tab>
        </TabList>
        <PeriodizePanel gateway={gateway} strings={t} language={language} />
      </div>
    </FluentProvider>
  );
}
