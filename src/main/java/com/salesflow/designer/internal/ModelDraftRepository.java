package com.salesflow.designer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelDraftRepository extends JpaRepository<ModelDraftRecord, Long> {

    Optional<ModelDraftRecord> findFirstByFileNameOrderByDraftNoDesc(String fileName);

    List<ModelDraftRecord> findByFileNameOrderByDraftNoDesc(String fileName);

    /** The newest draft of each file: [fileName, draftNo, author, savedAt]. */
    @Query("select d.fileName, d.draftNo, d.author, d.savedAt from ModelDraftRecord d where d.draftNo = "
            + "(select max(n.draftNo) from ModelDraftRecord n where n.fileName = d.fileName)")
    List<Object[]> newestOfEach();
}
